package de.foerderlotse.municipality.events;

import de.foerderlotse.municipality.service.InboxService;
import de.foerderlotse.platform.events.EventIntake;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Fills the inboxes from {@code project.alert.v1} through the platform's {@link EventIntake}: a
 * record that cannot be read goes to the dead-letter topic with the reason, so one bad record never
 * stops the inboxes; a database hiccup is waited out and retried, never dead-lettered.
 */
@ApplicationScoped
public class AlertConsumer {

  private final EventIntake intake;
  private final InboxService inbox;

  public AlertConsumer(EventIntake intake, InboxService inbox) {
    this.intake = intake;
    this.inbox = inbox;
  }

  @Incoming("alerts")
  @Blocking
  public CompletionStage<Void> consume(Message<String> message) {
    return intake.process(
        message,
        (ceId, payload) -> {
          if (payload == null) {
            throw new IllegalArgumentException("alert record without value");
          }
          var alert = intake.parse(payload, AlertRaised.class).toAlert();
          // The CloudEvents id identifies a delivery; without the header the alert id does.
          inbox.receive(ceId == null ? alert.id() : ceId, alert);
        });
  }
}

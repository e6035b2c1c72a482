package de.foerderlotse.project.readmodel.events;

import de.foerderlotse.platform.events.EventIntake;
import de.foerderlotse.project.readmodel.ProgrammeCatalogue;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Applies {@code funding.programme.v1} to the local programme read model. Idempotent twice over: a
 * CloudEvents id seen before is skipped, and a version not newer than the stored one is ignored, so
 * re-delivery and a full replay of the compacted topic are harmless. A record that cannot be
 * applied is nacked and lands on the dead-letter topic with its reason; consumption continues.
 */
@ApplicationScoped
public class ProgrammeEventsConsumer {

  static final String CONSUMER = "project-service.programmes";

  private final EventIntake intake;
  private final ProgrammeCatalogue catalogue;

  public ProgrammeEventsConsumer(EventIntake intake, ProgrammeCatalogue catalogue) {
    this.intake = intake;
    this.catalogue = catalogue;
  }

  @Incoming("programmes")
  @Blocking
  public CompletionStage<Void> consume(Message<String> message) {
    return intake.apply(
        message,
        CONSUMER,
        payload -> {
          ProgrammeChanged event = intake.parse(payload, ProgrammeChanged.class);
          event.requireApplicable();
          catalogue.apply(event, payload);
        });
  }
}

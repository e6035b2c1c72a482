package de.foerderlotse.project.readmodel.events;

import de.foerderlotse.platform.events.EventIntake;
import de.foerderlotse.project.readmodel.TenantDirectory;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Applies {@code municipality.municipality.v1} to the municipality read model: idempotent by
 * CloudEvents id and by version; unprocessable records go to the dead-letter topic.
 */
@ApplicationScoped
public class MunicipalityEventsConsumer {

  static final String CONSUMER = "project-service.municipalities";

  private final EventIntake intake;
  private final TenantDirectory directory;

  public MunicipalityEventsConsumer(EventIntake intake, TenantDirectory directory) {
    this.intake = intake;
    this.directory = directory;
  }

  @Incoming("municipalities")
  @Blocking
  public CompletionStage<Void> consume(Message<String> message) {
    return intake.apply(
        message,
        CONSUMER,
        payload -> {
          MunicipalityChanged event = intake.parse(payload, MunicipalityChanged.class);
          event.requireApplicable();
          directory.applyMunicipality(event, payload);
        });
  }
}

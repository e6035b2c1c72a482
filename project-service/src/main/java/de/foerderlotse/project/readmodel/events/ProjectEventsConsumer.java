package de.foerderlotse.project.readmodel.events;

import de.foerderlotse.platform.events.EventIntake;
import de.foerderlotse.project.readmodel.TenantDirectory;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Applies {@code municipality.project.v1} to the project read model: idempotent by CloudEvents id
 * and by version; unprocessable records go to the dead-letter topic.
 */
@ApplicationScoped
public class ProjectEventsConsumer {

  static final String CONSUMER = "project-service.projects";

  private final EventIntake intake;
  private final TenantDirectory directory;

  public ProjectEventsConsumer(EventIntake intake, TenantDirectory directory) {
    this.intake = intake;
    this.directory = directory;
  }

  @Incoming("projects")
  @Blocking
  public CompletionStage<Void> consume(Message<String> message) {
    return intake.apply(
        message,
        CONSUMER,
        payload -> {
          ProjectChanged event = intake.parse(payload, ProjectChanged.class);
          event.requireApplicable();
          directory.applyProject(event, payload);
        });
  }
}

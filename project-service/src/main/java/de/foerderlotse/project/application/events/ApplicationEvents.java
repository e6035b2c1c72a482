package de.foerderlotse.project.application.events;

import de.foerderlotse.platform.outbox.OutboxWriter;
import de.foerderlotse.project.application.domain.Application;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Records application events in the outbox, inside the transaction of the change. The application
 * must be flushed first, so that the version in the event is the one committed.
 */
@ApplicationScoped
public class ApplicationEvents {

  private final OutboxWriter outbox;

  public ApplicationEvents(OutboxWriter outbox) {
    this.outbox = outbox;
  }

  public void changed(Application application, String change) {
    outbox.append(
        ApplicationChanged.TOPIC,
        ApplicationChanged.TYPE,
        application.id.toString(),
        ApplicationChanged.of(application, change));
  }
}

package de.foerderlotse.project.conflict.events;

import de.foerderlotse.platform.outbox.OutboxWriter;
import de.foerderlotse.project.conflict.domain.Conflict;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Records conflict events in the outbox, inside the transaction of the change. The conflict must be
 * flushed first, so that the version in the event is the one committed.
 */
@ApplicationScoped
public class ConflictEvents {

  private final OutboxWriter outbox;

  public ConflictEvents(OutboxWriter outbox) {
    this.outbox = outbox;
  }

  public void changed(Conflict conflict, String change) {
    outbox.append(
        ConflictChanged.TOPIC,
        ConflictChanged.TYPE,
        conflict.id.toString(),
        ConflictChanged.of(conflict, change));
  }
}

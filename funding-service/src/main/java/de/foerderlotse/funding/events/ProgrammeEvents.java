package de.foerderlotse.funding.events;

import de.foerderlotse.funding.domain.Programme;
import de.foerderlotse.platform.outbox.OutboxWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** Records programme events in the outbox, inside the transaction of the change. */
@ApplicationScoped
public class ProgrammeEvents {

  private final OutboxWriter outbox;

  public ProgrammeEvents(OutboxWriter outbox) {
    this.outbox = outbox;
  }

  /** The programme must be flushed, so that its version is the one that was committed. */
  public void changed(Programme programme, List<String> changedFields) {
    append(
        ProgrammeChanged.of(
            programme,
            programme.version,
            false,
            changedFields,
            programme.updatedAt,
            programme.updatedBy));
  }

  /**
   * The last event of a removed programme: its last state under the next version, so a consumer
   * that compares versions applies it.
   */
  public void deleted(Programme programme, Instant at, String by) {
    append(ProgrammeChanged.of(programme, programme.version + 1, true, List.of("deleted"), at, by));
  }

  private void append(ProgrammeChanged event) {
    outbox.append(ProgrammeChanged.TOPIC, ProgrammeChanged.TYPE, event.id().toString(), event);
  }
}

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

  /** A change applied to a programme, with the fields it changed. */
  public record Change(Programme programme, List<String> changedFields) {}

  /** The programme must be flushed, so that its version is the one that was committed. */
  public void changed(Programme programme, List<String> changedFields) {
    changed(List.of(new Change(programme, changedFields)));
  }

  /** One event per change, in their order; the programmes must be flushed. */
  public void changed(List<Change> changes) {
    append(
        changes.stream()
            .map(
                c ->
                    ProgrammeChanged.of(
                        c.programme(),
                        c.programme().version,
                        false,
                        c.changedFields(),
                        c.programme().updatedAt,
                        c.programme().updatedBy))
            .toList());
  }

  /**
   * The last event of a removed programme: its last state under the next version, so a consumer
   * that compares versions applies it.
   */
  public void deleted(Programme programme, Instant at, String by) {
    append(
        List.of(
            ProgrammeChanged.of(
                programme, programme.version + 1, true, List.of("deleted"), at, by)));
  }

  private void append(List<ProgrammeChanged> events) {
    outbox.appendAll(
        ProgrammeChanged.TOPIC,
        ProgrammeChanged.TYPE,
        events.stream().map(e -> new OutboxWriter.Pending(e.id().toString(), e)).toList());
  }
}

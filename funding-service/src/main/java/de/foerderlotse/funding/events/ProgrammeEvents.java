package de.foerderlotse.funding.events;

import de.foerderlotse.funding.domain.Programme;
import de.foerderlotse.platform.outbox.OutboxWriter;
import jakarta.enterprise.context.ApplicationScoped;
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
    outbox.append(
        ProgrammeChanged.TOPIC,
        ProgrammeChanged.TYPE,
        programme.id.toString(),
        ProgrammeChanged.of(programme, changedFields));
  }
}

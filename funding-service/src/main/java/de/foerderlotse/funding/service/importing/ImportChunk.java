package de.foerderlotse.funding.service.importing;

import de.foerderlotse.funding.domain.FieldChange;
import de.foerderlotse.funding.domain.ImportJob;
import de.foerderlotse.funding.domain.ImportOutcome;
import de.foerderlotse.funding.domain.ImportRejection;
import de.foerderlotse.funding.domain.Programme;
import de.foerderlotse.funding.domain.ProgrammeDetails;
import de.foerderlotse.funding.service.ProgrammeDrafts;
import de.foerderlotse.funding.service.ProgrammeHistory;
import de.foerderlotse.platform.problem.DomainException;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Applies a chunk of import rows in one transaction: upsert by external reference, a row that
 * changes nothing creates no version and no event. The programmes are flushed once for the chunk
 * before their history and events are written, so their versions are final and every insert of the
 * chunk goes out in JDBC batches: no statement per row.
 */
@ApplicationScoped
public class ImportChunk {

  private final ProgrammeDrafts drafts;
  private final ProgrammeHistory history;
  private final Clock clock;

  public ImportChunk(ProgrammeDrafts drafts, ProgrammeHistory history, Clock clock) {
    this.drafts = drafts;
    this.history = history;
    this.clock = clock;
  }

  /** Applies the rows and adds their outcome to the job's progress, in one transaction. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public ImportOutcome apply(UUID jobId, List<ImportRow> rows, String by) {
    Instant now = Instant.now(clock);
    Map<String, Programme> existing =
        Programme.findByExternalReferences(
                rows.stream().map(ImportRow::externalReference).filter(Objects::nonNull).toList())
            .stream()
            .collect(Collectors.toMap(p -> p.externalReference, Function.identity()));
    List<Programme> created = new ArrayList<>();
    Map<Programme, List<FieldChange>> updated = new java.util.LinkedHashMap<>();
    List<ImportRejection> rejections = new ArrayList<>();
    int unchanged = 0;
    for (ImportRow row : rows) {
      if (row.rejection() != null) {
        rejections.add(new ImportRejection(row.row(), row.externalReference(), row.rejection()));
        continue;
      }
      Programme programme = existing.get(row.externalReference());
      try {
        if (programme == null) {
          ProgrammeDetails details = drafts.prepare(row.details(), null, now);
          Programme fresh = Programme.register(details, by, now);
          fresh.persist();
          created.add(fresh);
        } else {
          ProgrammeDetails before = programme.details();
          List<FieldChange> changes =
              programme.apply(drafts.prepare(row.details(), before, now), by, now);
          if (changes.isEmpty()) {
            unchanged++;
          } else {
            updated.put(programme, changes);
          }
        }
      } catch (DomainException e) {
        rejections.add(new ImportRejection(row.row(), row.externalReference(), e.getMessage()));
      }
    }
    Panache.getEntityManager().flush();
    history.recordAll(created, updated);
    ImportOutcome outcome =
        new ImportOutcome(created.size(), updated.size(), unchanged, rejections);
    ImportJob.<ImportJob>findById(jobId).record(outcome);
    return outcome;
  }
}

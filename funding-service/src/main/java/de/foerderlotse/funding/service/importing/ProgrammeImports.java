package de.foerderlotse.funding.service.importing;

import de.foerderlotse.funding.config.FundingConfig;
import de.foerderlotse.funding.domain.ImportJob;
import de.foerderlotse.funding.domain.ImportOutcome;
import de.foerderlotse.funding.domain.ImportRejection;
import de.foerderlotse.platform.problem.DomainException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/**
 * Bulk imports of programmes: a job is recorded, answered at once, and worked off in the background
 * chunk by chunk; its progress is committed with every chunk. Good rows land even when others are
 * rejected. A chunk that fails as a whole is retried row by row, so one bad row cannot take its
 * neighbours down.
 */
@ApplicationScoped
public class ProgrammeImports {

  private static final Logger LOG = Logger.getLogger(ProgrammeImports.class);

  private final ImportChunk chunks;
  private final Clock clock;
  private final int chunkSize;
  // One import at a time per instance: imports are rare, and serialising them keeps upserts of the
  // same external reference from racing.
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(r -> new Thread(r, "programme-import"));

  public ProgrammeImports(ImportChunk chunks, FundingConfig config, Clock clock) {
    this.chunks = chunks;
    this.clock = clock;
    this.chunkSize = config.importing().chunkSize();
  }

  /** Records the job and starts it; the rows are already read and checked for their form. */
  public ImportJob start(String format, List<ImportRow> rows, String by) {
    List<ImportRow> checked = rejectRepeatedReferences(rows);
    ImportJob job = ImportJob.start(format, rows.size(), by, Instant.now(clock));
    QuarkusTransaction.requiringNew().run(job::persist);
    worker.submit(() -> run(job.id, checked, by));
    return job;
  }

  @Transactional
  public ImportJob get(UUID id) {
    return ImportJob.<ImportJob>findByIdOptional(id)
        .orElseThrow(() -> DomainException.notFound("Importauftrag", id));
  }

  void stop(@Observes ShutdownEvent event) {
    worker.shutdownNow();
  }

  private void run(UUID jobId, List<ImportRow> rows, String by) {
    try {
      for (int from = 0; from < rows.size(); from += chunkSize) {
        List<ImportRow> chunk = rows.subList(from, Math.min(rows.size(), from + chunkSize));
        applyChunk(jobId, chunk, by);
      }
      finish(jobId, ImportJob.State.COMPLETED);
    } catch (RuntimeException e) {
      LOG.error("Programme import " + jobId + " failed", e);
      finish(jobId, ImportJob.State.FAILED);
    }
  }

  private void applyChunk(UUID jobId, List<ImportRow> chunk, String by) {
    try {
      chunks.apply(jobId, chunk, by);
    } catch (RuntimeException chunkFailed) {
      LOG.warnf(
          "Import chunk failed as a whole, retrying row by row: %s", chunkFailed.getMessage());
      for (ImportRow row : chunk) {
        try {
          chunks.apply(jobId, List.of(row), by);
        } catch (RuntimeException rowFailed) {
          ImportRejection rejection =
              new ImportRejection(
                  row.row(),
                  row.externalReference(),
                  "Die Zeile konnte nicht gespeichert werden (z. B. weil die externe Referenz"
                      + " gleichzeitig anders vergeben wurde).");
          record(jobId, new ImportOutcome(0, 0, 0, List.of(rejection)));
        }
      }
    }
  }

  private void record(UUID jobId, ImportOutcome outcome) {
    QuarkusTransaction.requiringNew()
        .run(() -> ImportJob.<ImportJob>findById(jobId).record(outcome));
  }

  private void finish(UUID jobId, ImportJob.State state) {
    QuarkusTransaction.requiringNew()
        .run(() -> ImportJob.<ImportJob>findById(jobId).finish(state, Instant.now(clock)));
  }

  /** Upsert by external reference needs it, once per file. */
  private static List<ImportRow> rejectRepeatedReferences(List<ImportRow> rows) {
    Map<String, Integer> firstRow = new HashMap<>();
    List<ImportRow> checked = new ArrayList<>(rows.size());
    for (ImportRow row : rows) {
      String reference = row.externalReference();
      if (row.rejection() == null && reference == null) {
        checked.add(
            ImportRow.unreadable(
                row.row(), null, "externalReference: beim Import erforderlich (Upsert-Schlüssel)"));
      } else if (row.rejection() == null && firstRow.containsKey(reference)) {
        checked.add(
            ImportRow.unreadable(
                row.row(),
                reference,
                "externalReference: kommt in der Datei schon in Zeile "
                    + firstRow.get(reference)
                    + " vor"));
      } else {
        if (reference != null) {
          firstRow.putIfAbsent(reference, row.row());
        }
        checked.add(row);
      }
    }
    return checked;
  }
}

package de.foerderlotse.project.conflict;

import de.foerderlotse.project.conflict.domain.Conflict;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Resolves live conflicts whose evidence has stayed gone for a while after an edit. Until then the
 * conflict stays as it was, so a slip and its correction make no "resolved" and "detected" alerts.
 */
@ApplicationScoped
public class ConflictSettling {

  private final ConflictRecords records;
  private final Clock clock;
  private final Duration settleAfter;

  public ConflictSettling(
      ConflictRecords records,
      Clock clock,
      @ConfigProperty(name = "foerderlotse.conflict-settling.after", defaultValue = "PT15M")
          Duration settleAfter) {
    this.records = records;
    this.clock = clock;
    this.settleAfter = settleAfter;
  }

  @Scheduled(
      every = "${foerderlotse.conflict-settling.every:1m}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  @Transactional
  void settle() {
    Instant now = Instant.now(clock);
    List<Conflict> gone =
        Conflict.list(
            "vanishedAt <= ?1 and status in ('OPEN', 'ACKNOWLEDGED') order by vanishedAt",
            now.minus(settleAfter));
    gone.forEach(conflict -> records.settle(conflict, now));
  }
}

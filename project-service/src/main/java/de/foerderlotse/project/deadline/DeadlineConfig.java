package de.foerderlotse.project.deadline;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;
import java.util.List;

/** How deadlines are derived and reminded of. */
@ConfigMapping(prefix = "foerderlotse.deadlines")
public interface DeadlineConfig {

  /** The county's time zone: call stage deadlines become due dates in it. */
  @WithDefault("Europe/Berlin")
  ZoneId zone();

  /** Days before a due date at which a reminder goes out. */
  @WithDefault("30,14,7,1")
  List<Integer> reminderOffsets();

  /**
   * Months after the end of each calendar year of the approval period until its interim proof is
   * due, where the rule set requires interim proofs.
   */
  @WithDefault("4")
  int interimProofMonthsAfterYearEnd();

  /** How often the reminder pass runs, e.g. {@code 1h} (read by the {@code @Scheduled} trigger). */
  @WithDefault("1h")
  String reminderInterval();

  /** How long after start-up the first reminder pass runs. */
  @WithDefault("30s")
  String reminderDelay();
}

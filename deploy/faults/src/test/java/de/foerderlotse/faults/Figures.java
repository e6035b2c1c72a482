package de.foerderlotse.faults;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/** What one experiment printed: the columns. */
record Figures(
    String experiment,
    long acknowledged,
    long arrived,
    long duplicated,
    long deadLettered,
    Map<Integer, Long> errorsByStatus,
    Duration recovery,
    String note) {

  long lost() {
    return Math.max(0, acknowledged - arrived);
  }

  void print() {
    System.out.printf(
        "FAULTS | %s | acknowledged %d | arrived %d | lost %d | duplicated %d | dead-lettered %d"
            + " | errors by status %s | recovery %.1f s | %s%n",
        experiment,
        acknowledged,
        arrived,
        lost(),
        duplicated,
        deadLettered,
        new TreeMap<>(errorsByStatus),
        recovery.toMillis() / 1000.0,
        note);
  }
}

package de.foerderlotse.project.domain.conflict;

import java.time.Instant;

/** Who did what to a conflict, when, and why. */
public record HistoryEntry(Instant at, String by, Action action, String comment) {

  /** What happened. */
  public enum Action {
    DETECTED,
    ACKNOWLEDGED,
    COMMENTED,
    RESOLVED,
    DISMISSED,
    REOPENED,
    UPDATED
  }
}

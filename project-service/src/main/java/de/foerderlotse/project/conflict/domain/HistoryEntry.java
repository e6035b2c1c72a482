package de.foerderlotse.project.conflict.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.foerderlotse.conflict.engine.ConflictKind;
import java.time.Instant;

/**
 * Who did what to a conflict, when, and why.
 *
 * @param previousKind for {@link Action#KIND_CHANGED} only: the kind before
 * @param kind for {@link Action#KIND_CHANGED} only: the kind after
 */
public record HistoryEntry(
    Instant at,
    String by,
    Action action,
    String comment,
    @JsonInclude(JsonInclude.Include.NON_NULL) ConflictKind previousKind,
    @JsonInclude(JsonInclude.Include.NON_NULL) ConflictKind kind) {

  public HistoryEntry(Instant at, String by, Action action, String comment) {
    this(at, by, action, comment, null, null);
  }

  /** What happened. */
  public enum Action {
    DETECTED,
    ACKNOWLEDGED,
    COMMENTED,
    RESOLVED,
    DISMISSED,
    REOPENED,
    UPDATED,
    /** The detector re-labelled the pair in place, e.g. REDUNDANT → COMPETING. */
    KIND_CHANGED
  }
}

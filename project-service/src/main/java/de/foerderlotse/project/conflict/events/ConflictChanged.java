package de.foerderlotse.project.conflict.events;

import de.foerderlotse.conflict.engine.Finding.Explanation;
import de.foerderlotse.project.conflict.domain.Conflict;
import de.foerderlotse.project.conflict.domain.ConflictSide;
import de.foerderlotse.project.conflict.domain.HistoryEntry;
import java.time.Instant;
import java.util.List;

/**
 * Integration event on {@code project.conflict.v1}, keyed by conflict id: the conflict's full
 * current state with both sides in full. Schema: {@code
 * src/main/resources/events/conflict-changed.v1.schema.json}.
 *
 * @param change what happened: DETECTED, UPDATED, KIND_CHANGED, REOPENED, ACKNOWLEDGED, COMMENTED,
 *     RESOLVED, DISMISSED
 */
public record ConflictChanged(
    String id,
    long version,
    String kind,
    String status,
    double score,
    Explanation explanation,
    List<ConflictSide> sides,
    String resolution,
    List<HistoryEntry> history,
    Instant detectedAt,
    Instant updatedAt,
    String change) {

  public static final String TOPIC = "project.conflict.v1";
  public static final String TYPE = "de.foerderlotse.conflict.changed.v1";

  static ConflictChanged of(Conflict conflict, String change) {
    return new ConflictChanged(
        conflict.id.toString(),
        conflict.version,
        conflict.kind.name(),
        conflict.status.name(),
        conflict.score,
        conflict.explanation,
        List.of(conflict.sideA, conflict.sideB),
        conflict.resolution == null ? null : conflict.resolution.name(),
        List.copyOf(conflict.history),
        conflict.detectedAt,
        conflict.updatedAt,
        change);
  }
}

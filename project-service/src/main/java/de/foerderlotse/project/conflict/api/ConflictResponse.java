package de.foerderlotse.project.conflict.api;

import de.foerderlotse.conflict.engine.Finding.Explanation;
import de.foerderlotse.project.conflict.domain.Conflict;
import de.foerderlotse.project.conflict.domain.ConflictSide;
import de.foerderlotse.project.conflict.domain.HistoryEntry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A conflict as the API shows it. For a municipality the other side carries only its municipality
 * and project title.
 */
public record ConflictResponse(
    UUID id,
    String kind,
    String status,
    double score,
    Explanation explanation,
    List<ConflictSide> sides,
    String resolution,
    List<HistoryEntry> history,
    Instant detectedAt,
    Instant updatedAt,
    long version) {

  /**
   * @param viewer the AGS the caller is confined to; empty for county-wide roles
   */
  public static ConflictResponse of(Conflict conflict, Optional<String> viewer) {
    return new ConflictResponse(
        conflict.id,
        conflict.kind.name(),
        conflict.status.name(),
        conflict.score,
        conflict.explanation,
        List.of(visible(conflict.sideA, viewer), visible(conflict.sideB, viewer)),
        conflict.resolution == null ? null : conflict.resolution.name(),
        List.copyOf(conflict.history),
        conflict.detectedAt,
        conflict.updatedAt,
        conflict.version);
  }

  private static ConflictSide visible(ConflictSide side, Optional<String> viewer) {
    return viewer.isEmpty() || viewer.get().equals(side.municipalityAgs()) ? side : side.redacted();
  }
}

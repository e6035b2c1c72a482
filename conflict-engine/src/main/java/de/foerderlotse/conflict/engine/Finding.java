package de.foerderlotse.conflict.engine;

import de.foerderlotse.conflict.engine.ConflictProfile.Participation;
import java.util.List;

/**
 * A conflict the scorer found between two projects, with why.
 *
 * @param sideA the participation of the first project the conflict is about; null if none
 * @param sideB likewise for the second
 */
public record Finding(
    ConflictKind kind,
    double score,
    Explanation explanation,
    Participation sideA,
    Participation sideB) {

  /** How a conflict explains itself: the parts of its score. */
  public record Explanation(
      double textScore,
      List<String> sharedTerms,
      Double distanceKm,
      Long timeOverlapDays,
      boolean sameProgramme,
      boolean sameCall,
      String summary) {

    public Explanation {
      sharedTerms = sharedTerms == null ? List.of() : List.copyOf(sharedTerms);
    }
  }
}

package de.foerderlotse.conflict.engine;

/**
 * Thresholds and weights of the conflict scorer (configured under {@code foerderlotse.conflicts}).
 *
 * @param radiusKm the largest distance at which similar projects are redundant
 * @param genericTermWeight weight of a generic term (Sanierung, Neubau…) against 1 for a key term
 * @param conceptTermWeight weight of a lexicon concept (Mobilstation, MVZ, Glasfaser…)
 * @param sameSiteKm sites at most this far apart are one site (DOUBLE_FUNDING)
 * @param costTolerance relative cost difference still counting as the same figures
 * @param titleWeight share of the title similarity in the text score, the rest is the full text
 * @param weights how the signals add up to the score
 * @param competing, doubleFunding, redundant per kind: the least text score and least total score
 */
public record ScoringRules(
    double radiusKm,
    double genericTermWeight,
    double conceptTermWeight,
    double titleWeight,
    double sameSiteKm,
    double costTolerance,
    Weights weights,
    Threshold competing,
    Threshold doubleFunding,
    Threshold redundant) {

  /** Relative weights of the signals in a conflict's total score. */
  public record Weights(
      double text, double category, double call, double distance, double time, double cost) {}

  /** Both must be reached for a pair to be flagged. */
  public record Threshold(double minText, double minScore) {}
}

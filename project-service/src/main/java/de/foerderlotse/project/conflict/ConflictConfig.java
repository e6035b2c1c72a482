package de.foerderlotse.project.conflict;

import de.foerderlotse.conflict.engine.ScoringRules;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Thresholds and weights of conflict detection; the values in {@code application.properties} are
 * the ones the quality benchmark justifies (see README).
 */
@ConfigMapping(prefix = "foerderlotse.conflicts")
public interface ConflictConfig {

  /** Largest distance between two project sites that counts as nearby (REDUNDANT), km. */
  @WithDefault("25")
  double radiusKm();

  /** Weight of a generic term (Sanierung, Neubau, Halle…) in the text score; key terms weigh 1. */
  double genericTermWeight();

  /** Weight of a lexicon concept (Mobilstation, MVZ, Glasfaser…) in the text score. */
  double conceptTermWeight();

  /** Sites of one municipality at most this far apart are the same site (DOUBLE_FUNDING), km. */
  double sameSiteKm();

  /** Relative difference of total cost still counting as the same figures (0.1 = 10 %). */
  double costTolerance();

  /** Share of the title similarity in the text score; the rest is title + description + costs. */
  double titleWeight();

  /** Weights of the signals in the total score. */
  Weights weights();

  /** COMPETING: least text score and least total score. */
  Threshold competing();

  /** DOUBLE_FUNDING: least text score and least total score. */
  Threshold doubleFunding();

  /** REDUNDANT: least text score and least total score. */
  Threshold redundant();

  /** Most candidate projects scored per detection run (a guard; the query is index-backed). */
  @WithDefault("2000")
  int maxCandidates();

  interface Weights {
    /** Text similarity. */
    double text();

    /** Same funding area. */
    double category();

    /** Same call, not only the same programme (COMPETING). */
    double call();

    /** Nearness within the radius (REDUNDANT). */
    double distance();

    /** Share of the shorter period that overlaps (REDUNDANT). */
    double time();

    /** Share of the cost in shared cost items (DOUBLE_FUNDING). */
    double cost();
  }

  interface Threshold {
    /** Least text score. */
    double minText();

    /** Least total score. */
    double minScore();
  }

  /** The scorer's view of this configuration. */
  default ScoringRules rules() {
    Weights w = weights();
    return new ScoringRules(
        radiusKm(),
        genericTermWeight(),
        conceptTermWeight(),
        titleWeight(),
        sameSiteKm(),
        costTolerance(),
        new ScoringRules.Weights(
            w.text(), w.category(), w.call(), w.distance(), w.time(), w.cost()),
        new ScoringRules.Threshold(competing().minText(), competing().minScore()),
        new ScoringRules.Threshold(doubleFunding().minText(), doubleFunding().minScore()),
        new ScoringRules.Threshold(redundant().minText(), redundant().minScore()));
  }
}

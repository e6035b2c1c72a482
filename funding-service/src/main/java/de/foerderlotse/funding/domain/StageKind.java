package de.foerderlotse.funding.domain;

/** What is due at a stage of a call. */
public enum StageKind {
  /** Projektskizze: a short outline, judged before a full application is invited. */
  SKETCH,
  /** Vollantrag: the complete application. */
  FULL_APPLICATION,
  /** Stichtag: one of several cut-off dates of a rolling call. */
  CUT_OFF
}

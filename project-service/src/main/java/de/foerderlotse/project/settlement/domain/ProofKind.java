package de.foerderlotse.project.settlement.domain;

/** Which proof was submitted. */
public enum ProofKind {
  /** Zwischennachweis for one budget year. */
  INTERIM,
  /** Verwendungsnachweis at the end. */
  FINAL
}

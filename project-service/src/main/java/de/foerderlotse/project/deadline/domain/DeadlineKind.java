package de.foerderlotse.project.deadline.domain;

/** What is due. */
public enum DeadlineKind {
  SUBMISSION("Einreichung"),
  PAYOUT_SPENDING("Verwendung abgerufener Mittel"),
  INTERIM_PROOF("Zwischennachweis"),
  PROOF_OF_USE("Verwendungsnachweis"),
  EARMARKING_END("Ende der Zweckbindung");

  private final String label;

  DeadlineKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

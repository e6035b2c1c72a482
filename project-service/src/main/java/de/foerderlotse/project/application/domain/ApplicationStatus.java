package de.foerderlotse.project.application.domain;

import java.util.EnumSet;
import java.util.Set;

/** Where an application stands; only the listed transitions are allowed. */
public enum ApplicationStatus {
  DRAFT("Entwurf"),
  SUBMITTED("eingereicht"),
  APPROVED("bewilligt"),
  REJECTED("abgelehnt"),
  WITHDRAWN("zurückgezogen"),
  IN_IMPLEMENTATION("in Umsetzung"),
  PROOF_OF_USE_SUBMITTED("Verwendungsnachweis eingereicht"),
  CLOSED("abgeschlossen");

  private final String label;

  ApplicationStatus(String label) {
    this.label = label;
  }

  /** The German name shown to users. */
  public String label() {
    return label;
  }

  /** The states this one may move to. */
  public Set<ApplicationStatus> next() {
    return switch (this) {
      case DRAFT -> EnumSet.of(SUBMITTED, WITHDRAWN);
      case SUBMITTED -> EnumSet.of(APPROVED, REJECTED, WITHDRAWN);
      case APPROVED -> EnumSet.of(IN_IMPLEMENTATION);
      case IN_IMPLEMENTATION -> EnumSet.of(PROOF_OF_USE_SUBMITTED);
      case PROOF_OF_USE_SUBMITTED -> EnumSet.of(CLOSED);
      case REJECTED, WITHDRAWN, CLOSED -> EnumSet.noneOf(ApplicationStatus.class);
    };
  }

  /** Whether the application was submitted and not taken back or turned down. */
  public boolean countsAgainstBudget() {
    return this != DRAFT && this != REJECTED && this != WITHDRAWN;
  }

  /** Whether a grant notice exists, so the rule set's deadlines apply. */
  public boolean isGranted() {
    return this == APPROVED
        || this == IN_IMPLEMENTATION
        || this == PROOF_OF_USE_SUBMITTED
        || this == CLOSED;
  }
}

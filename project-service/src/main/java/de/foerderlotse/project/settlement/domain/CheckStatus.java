package de.foerderlotse.project.settlement.domain;

/** Outcome of one checklist item. */
public enum CheckStatus {
  OK,
  WARNING,
  VIOLATION;

  /** Whether this status calls for someone to act (and raises an alert). */
  public boolean needsAction() {
    return this != OK;
  }
}

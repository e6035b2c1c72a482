package de.foerderlotse.funding.domain;

/** Where a programme stands: only open programmes accept applications. */
public enum ProgrammeStatus {
  DRAFT,
  OPEN,
  CLOSED,
  SUSPENDED
}

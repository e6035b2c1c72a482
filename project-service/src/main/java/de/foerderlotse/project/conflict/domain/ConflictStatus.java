package de.foerderlotse.project.conflict.domain;

/** OPEN → ACKNOWLEDGED → RESOLVED or DISMISSED; a closed one reopens only on a material change. */
public enum ConflictStatus {
  OPEN,
  ACKNOWLEDGED,
  RESOLVED,
  DISMISSED;

  public boolean isClosed() {
    return this == RESOLVED || this == DISMISSED;
  }
}

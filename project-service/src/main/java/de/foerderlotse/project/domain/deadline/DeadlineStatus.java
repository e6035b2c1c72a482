package de.foerderlotse.project.domain.deadline;

/** Whether a deadline still has to be met. */
public enum DeadlineStatus {
  OPEN,
  MET,
  MISSED,
  CANCELLED
}

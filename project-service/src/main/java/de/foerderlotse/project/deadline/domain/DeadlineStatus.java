package de.foerderlotse.project.deadline.domain;

/** Whether a deadline still has to be met. */
public enum DeadlineStatus {
  OPEN,
  MET,
  MISSED,
  CANCELLED
}

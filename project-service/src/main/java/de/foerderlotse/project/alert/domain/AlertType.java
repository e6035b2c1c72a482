package de.foerderlotse.project.alert.domain;

/** What an alert is about. */
public enum AlertType {
  DEADLINE_REMINDER,
  DEADLINE_OVERDUE,
  DEADLINE_CHANGED,
  FUNDING_MATCH,
  BUDGET_OVERSUBSCRIBED,
  CONFLICT_DETECTED,
  CONFLICT_RESOLVED,
  COMPLIANCE_WARNING
}

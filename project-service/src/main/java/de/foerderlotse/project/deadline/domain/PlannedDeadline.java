package de.foerderlotse.project.deadline.domain;

import java.time.LocalDate;

/**
 * A deadline as derived from the call and rule set.
 *
 * @param key stable per application (e.g. {@code INTERIM_PROOF:2027}), so recomputation updates
 * @param derivedFrom German explanation of where the date comes from
 */
public record PlannedDeadline(
    String key, DeadlineKind kind, LocalDate due, String title, String derivedFrom) {}

package de.foerderlotse.project.alert;

import java.time.Instant;

/**
 * Filters of the alert list; {@code null} means any.
 *
 * @param subjectId id of a subject the alert refers to (application, project, programme…)
 * @param resolved {@code true} only resolved ones, {@code false} only open ones
 */
public record AlertFilter(
    String ags,
    String type,
    String severity,
    String subjectId,
    Boolean resolved,
    Instant createdFrom,
    Instant createdTo) {}

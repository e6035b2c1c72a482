package de.foerderlotse.project.deadline;

import java.time.LocalDate;
import java.util.UUID;

/** Filters of the deadline list; {@code null} means any. */
public record DeadlineFilter(
    String ags,
    String kind,
    String status,
    LocalDate dueFrom,
    LocalDate dueTo,
    UUID applicationId) {}

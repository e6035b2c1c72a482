package de.foerderlotse.project.conflict;

import java.util.UUID;

/** Filters of the conflict list; all optional. */
public record ConflictFilter(String kind, String status, String municipality, UUID programme) {}

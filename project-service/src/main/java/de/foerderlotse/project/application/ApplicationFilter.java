package de.foerderlotse.project.application;

import java.util.UUID;

/** Filters of the application list; {@code null} means any. */
public record ApplicationFilter(
    String ags, String status, UUID programmeId, UUID callId, UUID projectId) {}

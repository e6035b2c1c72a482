package de.foerderlotse.project.application;

import de.foerderlotse.project.application.domain.ApplicationTerms;
import java.util.UUID;

/** What a municipality states to apply a project to a call stage. */
public record NewApplication(
    UUID projectId,
    String ags,
    UUID programmeId,
    UUID callId,
    int stageIndex,
    ApplicationTerms terms) {}

package de.foerderlotse.project.conflict.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** One project of a conflict as it stood when the conflict was last detected. */
public record ConflictSide(
    String municipalityAgs,
    String municipalityName,
    UUID projectId,
    String projectTitle,
    UUID applicationId,
    UUID programmeId,
    String programmeTitle,
    UUID callId,
    String category,
    LocalDate plannedStart,
    LocalDate plannedEnd,
    BigDecimal totalCost) {

  /** What another municipality may see of this side: who and which project, nothing more. */
  public ConflictSide redacted() {
    return new ConflictSide(
        municipalityAgs,
        municipalityName,
        null,
        projectTitle,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }
}

package de.foerderlotse.project.deadline.api;

import de.foerderlotse.project.deadline.domain.Deadline;
import java.time.LocalDate;
import java.util.UUID;

/** A deadline as the API shows it, with where its date comes from. */
public record DeadlineResponse(
    UUID id,
    UUID applicationId,
    String ags,
    UUID programmeId,
    String kind,
    String kindLabel,
    String title,
    LocalDate dueDate,
    String status,
    String derivedFrom) {

  static DeadlineResponse of(Deadline d) {
    return new DeadlineResponse(
        d.id,
        d.applicationId,
        d.ags,
        d.programmeId,
        d.kind.name(),
        d.kind.label(),
        d.title,
        d.dueDate,
        d.status.name(),
        d.derivedFrom);
  }
}

package de.foerderlotse.funding.api;

import de.foerderlotse.funding.domain.Programme;
import de.foerderlotse.funding.domain.ProgrammeStatus;
import java.time.Instant;
import java.util.UUID;

/** A programme as the API shows it. */
public record ProgrammeResponse(
    UUID id,
    long version,
    String externalReference,
    String title,
    String fundingBody,
    ProgrammeStatus status,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String updatedBy) {

  static ProgrammeResponse of(Programme p) {
    return new ProgrammeResponse(
        p.id,
        p.version,
        p.externalReference,
        p.title,
        p.fundingBody,
        p.status,
        p.createdAt,
        p.createdBy,
        p.updatedAt,
        p.updatedBy);
  }
}

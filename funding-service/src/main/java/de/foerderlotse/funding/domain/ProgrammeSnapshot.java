package de.foerderlotse.funding.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A programme's state at one version with its bookkeeping: what a response shows of it. Search
 * reads it straight from the programme rows, without loading entities.
 */
public record ProgrammeSnapshot(
    UUID id,
    long version,
    ProgrammeDetails details,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String updatedBy) {}

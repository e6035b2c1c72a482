package de.foerderlotse.funding.events;

import de.foerderlotse.funding.domain.Programme;
import de.foerderlotse.funding.domain.ProgrammeStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Integration event on {@code funding.programme.v1}: the programme's full current state after a
 * change (event-carried state transfer), plus which fields changed. Documented in {@code
 * src/main/resources/asyncapi.yaml}.
 */
public record ProgrammeChanged(
    UUID id,
    long version,
    String externalReference,
    String title,
    String fundingBody,
    ProgrammeStatus status,
    List<String> changedFields,
    Instant changedAt,
    String changedBy) {

  public static final String TOPIC = "funding.programme.v1";
  public static final String TYPE = "de.foerderlotse.programme.changed.v1";

  static ProgrammeChanged of(Programme programme, List<String> changedFields) {
    return new ProgrammeChanged(
        programme.id,
        programme.version,
        programme.externalReference,
        programme.title,
        programme.fundingBody,
        programme.status,
        List.copyOf(changedFields),
        programme.updatedAt,
        programme.updatedBy);
  }
}

package de.foerderlotse.project.readmodel.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * This consumer's copy of funding-service's event on {@code funding.programme.v1}: only the fields
 * project-service reads; unknown fields are ignored so the producer can grow the event. The terms
 * (calls, rule set, areas) are read from the stored payload as {@code domain.ProgrammeTerms}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProgrammeChanged(
    UUID id,
    Long version,
    String externalReference,
    String title,
    String fundingBody,
    String status,
    boolean deleted,
    List<String> changedFields,
    Instant changedAt) {

  /** Rejects events this consumer cannot apply; they go to the dead-letter topic. */
  void requireApplicable() {
    if (id == null || version == null || title == null) {
      throw new IllegalArgumentException("programme event without id, version or title");
    }
  }
}

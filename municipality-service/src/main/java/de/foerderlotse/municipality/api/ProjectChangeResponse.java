package de.foerderlotse.municipality.api;

import de.foerderlotse.municipality.domain.ProjectChange;
import java.time.Instant;

/** One entry of a project's change history. */
public record ProjectChangeResponse(
    long version,
    Instant changedAt,
    String changedBy,
    String field,
    String oldValue,
    String newValue) {

  static ProjectChangeResponse of(ProjectChange c) {
    return new ProjectChangeResponse(
        c.version, c.changedAt, c.changedBy, c.field, c.oldValue, c.newValue);
  }
}

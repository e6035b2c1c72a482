package de.foerderlotse.project.alert.api;

import de.foerderlotse.project.alert.domain.Alert;
import de.foerderlotse.project.alert.domain.Subject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An alert as the API shows it. */
public record AlertResponse(
    UUID id,
    String type,
    String severity,
    Addressees addressees,
    List<Subject> subjects,
    String message,
    String dedupKey,
    Instant createdAt,
    Instant resolvedAt,
    String resolvedBy) {

  /** Municipalities by AGS and/or the county. */
  public record Addressees(List<String> municipalities, boolean county) {}

  static AlertResponse of(Alert a) {
    return new AlertResponse(
        a.id,
        a.type.name(),
        a.severity.name(),
        new Addressees(a.municipalities, a.county),
        a.subjects,
        a.message,
        a.dedupKey,
        a.createdAt,
        a.resolvedAt,
        a.resolvedBy);
  }
}

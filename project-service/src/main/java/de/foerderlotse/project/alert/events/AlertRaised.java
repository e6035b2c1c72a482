package de.foerderlotse.project.alert.events;

import de.foerderlotse.project.alert.domain.Alert;
import java.time.Instant;
import java.util.List;

/**
 * Integration event on {@code project.alert.v1}, keyed by alert id; municipality-service fills the
 * inboxes from it. Documented in {@code src/main/resources/events/alert-raised.v1.schema.json}.
 */
public record AlertRaised(
    String id,
    String type,
    String severity,
    Addressees addressees,
    List<Subject> subjects,
    String message,
    String dedupKey,
    Instant createdAt) {

  public static final String TOPIC = "project.alert.v1";
  public static final String TYPE = "de.foerderlotse.alert.raised.v1";

  /** Who should see the alert: municipalities by AGS and/or the county. */
  public record Addressees(List<String> municipalities, boolean county) {}

  /** What the alert is about. */
  public record Subject(String kind, String id, String title) {}

  static AlertRaised of(Alert alert) {
    return new AlertRaised(
        alert.id.toString(),
        alert.type.name(),
        alert.severity.name(),
        new Addressees(alert.municipalities, alert.county),
        alert.subjects.stream().map(s -> new Subject(s.kind(), s.id(), s.title())).toList(),
        alert.message,
        alert.dedupKey,
        alert.createdAt);
  }
}

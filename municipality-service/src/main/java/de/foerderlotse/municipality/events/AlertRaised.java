package de.foerderlotse.municipality.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import de.foerderlotse.municipality.domain.Alert;
import de.foerderlotse.municipality.domain.SubjectRef;
import java.time.Instant;
import java.util.List;

/**
 * This consumer's own copy of the alert event on {@code project.alert.v1}
 * (docs/architecture.md#alerts), published by project-service. Unknown fields are ignored so the
 * producer can add some.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
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

  /** Who should see the alert. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Addressees(List<String> municipalities, boolean county) {}

  /** What the alert is about, e.g. {@code {"kind":"APPLICATION","id":"…","title":"…"}}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Subject(String kind, String id, String title) {}

  /**
   * The alert as the inbox needs it.
   *
   * @throws IllegalArgumentException when a field the inbox cannot do without is missing; the
   *     record then goes to the dead-letter topic with this reason
   */
  Alert toAlert() {
    require(id, "id");
    require(type, "type");
    require(severity, "severity");
    require(message, "message");
    require(dedupKey, "dedupKey");
    if (addressees == null) {
      throw new IllegalArgumentException("alert " + id + " has no addressees");
    }
    List<SubjectRef> refs =
        subjects == null
            ? List.of()
            : subjects.stream()
                .filter(s -> s != null && s.kind() != null && s.id() != null)
                .map(s -> new SubjectRef(s.kind(), s.id(), s.title()))
                .toList();
    return new Alert(
        id,
        type,
        severity,
        addressees.municipalities(),
        addressees.county(),
        refs,
        message,
        dedupKey,
        createdAt);
  }

  private void require(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("alert " + id + " lacks field " + field);
    }
  }
}

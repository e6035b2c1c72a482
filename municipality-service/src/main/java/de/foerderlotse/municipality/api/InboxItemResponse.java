package de.foerderlotse.municipality.api;

import de.foerderlotse.municipality.domain.InboxItem;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An inbox entry as the API shows it. */
public record InboxItemResponse(
    UUID id,
    String ags,
    String alertId,
    String type,
    String severity,
    String message,
    List<Subject> subjects,
    Instant createdAt,
    Instant receivedAt,
    boolean read,
    Instant readAt,
    String readBy,
    boolean acknowledged,
    Instant acknowledgedAt,
    String acknowledgedBy) {

  /** What the alert is about. */
  public record Subject(String kind, String id, String title) {}

  static InboxItemResponse of(InboxItem item) {
    return new InboxItemResponse(
        item.id,
        item.ags,
        item.alertId,
        item.type,
        item.severity,
        item.message,
        item.subjects.stream().map(s -> new Subject(s.kind, s.id, s.title)).toList(),
        item.alertCreatedAt,
        item.receivedAt,
        item.readAt != null,
        item.readAt,
        item.readBy,
        item.acknowledgedAt != null,
        item.acknowledgedAt,
        item.acknowledgedBy);
  }
}

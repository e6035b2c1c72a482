package de.foerderlotse.municipality.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/** An alert or piece of advice in one municipality's inbox (or the county's). */
@Entity
@Table(name = "inbox_item")
public class InboxItem extends PanacheEntityBase {

  @Id public UUID id;

  /** The addressed municipality or county. */
  public String ags;

  @Column(name = "alert_id")
  public String alertId;

  /** Alert type as project-service names it, e.g. DEADLINE_REMINDER, CONFLICT. */
  public String type;

  public String severity;

  /** The German text shown to the user. */
  public String message;

  /** The same dedup key means the same alert: it enters an inbox once. */
  @Column(name = "dedup_key")
  public String dedupKey;

  @Column(name = "alert_created_at")
  public Instant alertCreatedAt;

  @Column(name = "received_at")
  public Instant receivedAt;

  @Column(name = "read_at")
  public Instant readAt;

  @Column(name = "read_by")
  public String readBy;

  @Column(name = "acknowledged_at")
  public Instant acknowledgedAt;

  @Column(name = "acknowledged_by")
  public String acknowledgedBy;

  @ElementCollection(fetch = FetchType.EAGER)
  @BatchSize(size = 50)
  @CollectionTable(name = "inbox_item_subject", joinColumns = @JoinColumn(name = "item_id"))
  @OrderColumn(name = "position")
  public List<SubjectRef> subjects = new ArrayList<>();

  @Version public long version;

  public void markRead(String by, Instant at) {
    if (readAt == null) {
      readAt = at;
      readBy = by;
    }
  }

  public void markUnread() {
    readAt = null;
    readBy = null;
  }

  /** Acknowledging means "seen and taken care of"; it implies read. */
  public void acknowledge(String by, Instant at) {
    markRead(by, at);
    if (acknowledgedAt == null) {
      acknowledgedAt = at;
      acknowledgedBy = by;
    }
  }
}

package de.foerderlotse.project.alert.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One raised alert with its addressees; resolved when someone dealt with it. */
@Entity
@Table(name = "alert")
public class Alert extends PanacheEntityBase {

  @Id public UUID id;

  @Enumerated(EnumType.STRING)
  public AlertType type;

  @Enumerated(EnumType.STRING)
  public Severity severity;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(columnDefinition = "jsonb")
  public List<String> municipalities;

  public boolean county;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(columnDefinition = "jsonb")
  public List<Subject> subjects;

  public String message;

  @Column(name = "dedup_key")
  public String dedupKey;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "resolved_at")
  public Instant resolvedAt;

  @Column(name = "resolved_by")
  public String resolvedBy;

  public static Alert of(AlertDraft draft, Instant at) {
    Alert alert = new Alert();
    alert.id = UUID.randomUUID();
    alert.type = draft.type();
    alert.severity = draft.severity();
    alert.municipalities = draft.municipalities();
    alert.county = draft.county();
    alert.subjects = draft.subjects();
    alert.message = draft.message();
    alert.dedupKey = draft.dedupKey();
    alert.createdAt = at;
    return alert;
  }

  public void resolve(Instant at, String by) {
    if (resolvedAt == null) {
      resolvedAt = at;
      resolvedBy = by;
    }
  }
}

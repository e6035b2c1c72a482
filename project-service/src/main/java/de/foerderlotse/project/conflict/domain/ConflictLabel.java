package de.foerderlotse.project.conflict.domain;

import de.foerderlotse.conflict.engine.ConflictKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A coordinator's decision on a conflict kept as a labelled pair: both projects as they were then.
 * Independent of the conflict's later changes, so it can train the engine.
 */
@Entity
@Table(name = "conflict_label")
public class ConflictLabel extends PanacheEntityBase {

  /** What the coordinator's decision says about the pair. */
  public static final String NONE = "NONE";

  @Id public UUID id;

  @Column(name = "conflict_id")
  public UUID conflictId;

  /** The action: ACKNOWLEDGED, RESOLVED or DISMISSED. */
  @Enumerated(EnumType.STRING)
  public HistoryEntry.Action decision;

  /** The label: the conflict's kind when confirmed, {@link #NONE} when dismissed. */
  public String expected;

  /** The coordinator's reason or comment. */
  public String reason;

  @Column(name = "decided_by")
  public String decidedBy;

  @Column(name = "decided_at")
  public Instant decidedAt;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "project_a", columnDefinition = "jsonb")
  public LabelledProject projectA;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "project_b", columnDefinition = "jsonb")
  public LabelledProject projectB;

  /** A decision confirming the conflict's kind, or dismissing it (kind null). */
  public static ConflictLabel of(
      Conflict conflict,
      HistoryEntry.Action decision,
      ConflictKind confirmed,
      String reason,
      String by,
      Instant at,
      LabelledProject a,
      LabelledProject b) {
    ConflictLabel label = new ConflictLabel();
    label.id = UUID.randomUUID();
    label.conflictId = conflict.id;
    label.decision = decision;
    label.expected = confirmed == null ? NONE : confirmed.name();
    label.reason = reason;
    label.decidedBy = by;
    label.decidedAt = at;
    label.projectA = a;
    label.projectB = b;
    return label;
  }
}

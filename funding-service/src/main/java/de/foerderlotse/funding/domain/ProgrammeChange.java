package de.foerderlotse.funding.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One entry of a programme's field-level change history (who, when, field, old → new). */
@Entity
@Table(name = "programme_change")
public class ProgrammeChange extends PanacheEntityBase {

  /** Sequence-allocated in blocks, so a bulk import writes its history in JDBC batches. */
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "programme_change_seq")
  @SequenceGenerator(
      name = "programme_change_seq",
      sequenceName = "programme_change_seq",
      allocationSize = 50)
  public Long id;

  @Column(name = "programme_id")
  public UUID programmeId;

  /** The programme version the change produced. */
  public long version;

  public String field;

  @Column(name = "old_value")
  public String oldValue;

  @Column(name = "new_value")
  public String newValue;

  @Column(name = "changed_at")
  public Instant changedAt;

  @Column(name = "changed_by")
  public String changedBy;

  public static ProgrammeChange of(
      UUID programmeId, long version, FieldChange change, String by, Instant at) {
    ProgrammeChange entry = new ProgrammeChange();
    entry.programmeId = programmeId;
    entry.version = version;
    entry.field = change.field();
    entry.oldValue = change.oldValue();
    entry.newValue = change.newValue();
    entry.changedAt = at;
    entry.changedBy = by;
    return entry;
  }
}

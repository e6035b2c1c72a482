package de.foerderlotse.project.readmodel.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * This service's copy of a funding programme, as last announced on {@code funding.programme.v1}.
 * Never written by users; only the programme consumer changes it.
 */
@Entity
@Table(name = "programme_view")
public class ProgrammeView extends PanacheEntityBase {

  @Id public UUID id;

  /** The aggregate version in funding-service; an event with an older or equal one is ignored. */
  public long version;

  @Column(name = "external_reference")
  public String externalReference;

  public String title;

  @Column(name = "funding_body")
  public String fundingBody;

  public String status;

  /** Set by the last event of a programme removed from funding-service's catalogue. */
  public boolean deleted;

  @Column(name = "changed_at")
  public Instant changedAt;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(columnDefinition = "jsonb")
  public String payload;

  @Column(name = "applied_at")
  public Instant appliedAt;

  /** Whether an event with this version would be news to this copy. */
  public boolean isOlderThan(long eventVersion) {
    return version < eventVersion;
  }
}

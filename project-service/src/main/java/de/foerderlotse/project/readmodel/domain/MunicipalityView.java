package de.foerderlotse.project.readmodel.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** This service's copy of a municipality (tenant), as last announced by municipality-service. */
@Entity
@Table(name = "municipality_view")
public class MunicipalityView extends PanacheEntityBase {

  @Id public String ags;

  /** The aggregate version in municipality-service; older or equal events are ignored. */
  public long version;

  public String name;

  @Column(name = "county_ags")
  public String countyAgs;

  public String kind;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(columnDefinition = "jsonb")
  public String payload;

  @Column(name = "applied_at")
  public Instant appliedAt;

  public boolean isOlderThan(long eventVersion) {
    return version < eventVersion;
  }
}

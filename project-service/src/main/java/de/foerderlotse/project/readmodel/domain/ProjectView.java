package de.foerderlotse.project.readmodel.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** This service's copy of a municipal project, as last announced by municipality-service. */
@Entity
@Table(name = "project_view")
public class ProjectView extends PanacheEntityBase {

  /** Project states in which a project still looks for funding (scouting match). */
  public static final Set<String> OPEN_STATUSES = Set.of("IDEA", "PLANNED", "APPLYING");

  @Id public UUID id;

  public long version;

  /** The municipality that owns the project. */
  public String ags;

  public String title;

  /** A funding area code (funding-service's vocabulary). */
  public String category;

  public String status;

  @Column(name = "planned_start")
  public LocalDate plannedStart;

  @Column(name = "planned_end")
  public LocalDate plannedEnd;

  @Column(name = "estimated_total_cost")
  public BigDecimal estimatedTotalCost;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(columnDefinition = "jsonb")
  public String payload;

  @Column(name = "applied_at")
  public Instant appliedAt;

  /** The site (payload {@code location}), WGS 84 degrees; null if unknown. */
  public Double lat;

  public Double lon;

  /** Normalised terms for conflict detection, maintained with the read model (V8). */
  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "title_terms", columnDefinition = "text[]")
  public String[] titleTerms = new String[0];

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "terms", columnDefinition = "text[]")
  public String[] terms = new String[0];

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "title_key_terms", columnDefinition = "text[]")
  public String[] titleKeyTerms = new String[0];

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "key_terms", columnDefinition = "text[]")
  public String[] keyTerms = new String[0];

  public boolean isOlderThan(long eventVersion) {
    return version < eventVersion;
  }

  public boolean looksForFunding() {
    return status == null || OPEN_STATUSES.contains(status);
  }
}

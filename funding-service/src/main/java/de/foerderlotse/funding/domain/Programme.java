package de.foerderlotse.funding.domain;

import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A funding programme (Förderprogramm) of a funding body, as scouts register it. Its rule set and
 * calls are part of the aggregate: a moved deadline is a new version of the programme.
 */
@Entity
@Table(name = "programme")
public class Programme extends PanacheEntityBase {

  private static final TypeReference<List<FundingCall>> CALLS = new TypeReference<>() {};
  private static final TypeReference<RuleSet> RULE_SET = new TypeReference<>() {};

  @Id public UUID id;

  /** Reference in an external catalogue such as the Förderdatenbank; unique when given. */
  @Column(name = "external_reference")
  public String externalReference;

  public String title;

  @Column(name = "short_description")
  public String shortDescription;

  @Column(name = "funding_body")
  public String fundingBody;

  @Enumerated(EnumType.STRING)
  @Column(name = "funding_level")
  public FundingLevel fundingLevel;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "funding_areas", columnDefinition = "text[]")
  String[] fundingAreas = {};

  @Enumerated(EnumType.STRING)
  @Column(name = "funding_type")
  public FundingType fundingType;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "applicant_types", columnDefinition = "text[]")
  String[] applicantTypes = {};

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "eligible_regions", columnDefinition = "text[]")
  String[] eligibleRegions = {};

  @Column(name = "funding_rate_percent")
  public BigDecimal fundingRatePercent;

  @Column(name = "min_grant")
  public BigDecimal minGrant;

  @Column(name = "max_grant")
  public BigDecimal maxGrant;

  @Column(name = "total_budget")
  public BigDecimal totalBudget;

  @Enumerated(EnumType.STRING)
  public ProgrammeStatus status;

  public String url;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "rule_set", columnDefinition = "jsonb")
  String ruleSet;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(columnDefinition = "jsonb")
  String calls;

  /** Optimistic lock and aggregate version carried by every event. */
  @Version public long version;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "created_by")
  public String createdBy;

  @Column(name = "updated_at")
  public Instant updatedAt;

  @Column(name = "updated_by")
  public String updatedBy;

  public static Optional<Programme> findByExternalReference(String reference) {
    return find("externalReference", reference).firstResultOptional();
  }

  public static List<Programme> findByExternalReferences(Collection<String> references) {
    return references.isEmpty() ? List.of() : list("externalReference in ?1", references);
  }

  /** A new programme; the caller persists it. */
  public static Programme register(ProgrammeDetails details, String by, Instant at) {
    Programme programme = new Programme();
    programme.id = UUID.randomUUID();
    programme.createdAt = at;
    programme.createdBy = by;
    programme.overwrite(details, by, at);
    return programme;
  }

  /**
   * Changes the programme to the given details. Nothing is touched when nothing differs, so an
   * unchanged re-import creates no new version.
   *
   * @return the fields whose value changed, so consumers can tell a moved deadline from a corrected
   *     title
   */
  public List<FieldChange> apply(ProgrammeDetails details, String by, Instant at) {
    List<FieldChange> changes = ProgrammeFields.diff(details(), details);
    if (!changes.isEmpty()) {
      overwrite(details, by, at);
    }
    return changes;
  }

  /** The programme's current content. */
  public ProgrammeDetails details() {
    return new ProgrammeDetails(
        externalReference,
        title,
        shortDescription,
        fundingBody,
        fundingLevel,
        enums(fundingAreas, FundingArea.class),
        fundingType,
        enums(applicantTypes, ApplicantType.class),
        Arrays.asList(eligibleRegions),
        fundingRatePercent,
        minGrant,
        maxGrant,
        totalBudget,
        status,
        url,
        ruleSet(),
        calls());
  }

  /** The programme's current state with its bookkeeping, as responses and events show it. */
  public ProgrammeSnapshot snapshot() {
    return new ProgrammeSnapshot(
        id, version, details(), createdAt, createdBy, updatedAt, updatedBy);
  }

  public RuleSet ruleSet() {
    return readRuleSet(ruleSet);
  }

  public List<FundingCall> calls() {
    return readCalls(calls);
  }

  /** The rule set from its column as stored; for reads that go past the entity. */
  public static RuleSet readRuleSet(String column) {
    return column == null ? null : JsonColumn.read(column, RULE_SET);
  }

  /** The calls from their column as stored; for reads that go past the entity. */
  public static List<FundingCall> readCalls(String column) {
    return column == null ? List.of() : JsonColumn.read(column, CALLS);
  }

  private void overwrite(ProgrammeDetails d, String by, Instant at) {
    externalReference = d.externalReference();
    title = d.title();
    shortDescription = d.shortDescription();
    fundingBody = d.fundingBody();
    fundingLevel = d.fundingLevel();
    fundingAreas = names(d.fundingAreas());
    fundingType = d.fundingType();
    applicantTypes = names(d.applicantTypes());
    eligibleRegions = d.eligibleRegions().toArray(String[]::new);
    fundingRatePercent = d.fundingRatePercent();
    minGrant = d.minGrant();
    maxGrant = d.maxGrant();
    totalBudget = d.totalBudget();
    status = d.status();
    url = d.url();
    ruleSet = JsonColumn.write(d.ruleSet());
    calls = JsonColumn.write(d.calls());
    updatedAt = at;
    updatedBy = by;
  }

  private static String[] names(Collection<? extends Enum<?>> values) {
    return values.stream().map(Enum::name).toArray(String[]::new);
  }

  private static <E extends Enum<E>> Set<E> enums(String[] names, Class<E> type) {
    return Arrays.stream(names == null ? new String[0] : names)
        .map(name -> Enum.valueOf(type, name))
        .collect(Collectors.toSet());
  }
}

package de.foerderlotse.funding.events;

import de.foerderlotse.funding.domain.ApplicantType;
import de.foerderlotse.funding.domain.FundingArea;
import de.foerderlotse.funding.domain.FundingCall;
import de.foerderlotse.funding.domain.FundingLevel;
import de.foerderlotse.funding.domain.FundingType;
import de.foerderlotse.funding.domain.Programme;
import de.foerderlotse.funding.domain.ProgrammeDetails;
import de.foerderlotse.funding.domain.ProgrammeStatus;
import de.foerderlotse.funding.domain.RuleSet;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Integration event on {@code funding.programme.v1}: the programme's full current state after a
 * change (event-carried state transfer), plus which fields changed. Documented in {@code
 * src/main/resources/events/programme-changed.v1.schema.json}.
 *
 * @param changedFields {@code created}, {@code deleted}, or the changed field paths such as {@code
 *     title} or {@code calls.<callId>.stages.<n>.deadline}
 * @param deleted {@code true} on the last event of a programme removed from the catalogue
 */
public record ProgrammeChanged(
    UUID id,
    long version,
    String externalReference,
    String title,
    String shortDescription,
    String fundingBody,
    FundingLevel fundingLevel,
    Set<FundingArea> fundingAreas,
    FundingType fundingType,
    Set<ApplicantType> applicantTypes,
    List<String> eligibleRegions,
    BigDecimal fundingRatePercent,
    BigDecimal minGrant,
    BigDecimal maxGrant,
    BigDecimal totalBudget,
    ProgrammeStatus status,
    String url,
    RuleSet ruleSet,
    List<FundingCall> calls,
    boolean deleted,
    List<String> changedFields,
    Instant changedAt,
    String changedBy) {

  public static final String TOPIC = "funding.programme.v1";
  public static final String TYPE = "de.foerderlotse.programme.changed.v1";

  static ProgrammeChanged of(
      Programme programme,
      long version,
      boolean deleted,
      List<String> changedFields,
      Instant at,
      String by) {
    ProgrammeDetails d = programme.details();
    return new ProgrammeChanged(
        programme.id,
        version,
        d.externalReference(),
        d.title(),
        d.shortDescription(),
        d.fundingBody(),
        d.fundingLevel(),
        d.fundingAreas(),
        d.fundingType(),
        d.applicantTypes(),
        d.eligibleRegions(),
        d.fundingRatePercent(),
        d.minGrant(),
        d.maxGrant(),
        d.totalBudget(),
        d.status(),
        d.url(),
        d.ruleSet(),
        d.calls(),
        deleted,
        List.copyOf(changedFields),
        at,
        by);
  }
}

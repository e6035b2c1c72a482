package de.foerderlotse.funding.api;

import de.foerderlotse.funding.domain.ApplicantType;
import de.foerderlotse.funding.domain.FundingArea;
import de.foerderlotse.funding.domain.FundingCall;
import de.foerderlotse.funding.domain.FundingLevel;
import de.foerderlotse.funding.domain.FundingType;
import de.foerderlotse.funding.domain.Programme;
import de.foerderlotse.funding.domain.ProgrammeDetails;
import de.foerderlotse.funding.domain.ProgrammeSnapshot;
import de.foerderlotse.funding.domain.ProgrammeStatus;
import de.foerderlotse.funding.domain.RuleSet;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A programme as the API shows it; {@code version} is also its ETag. */
public record ProgrammeResponse(
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
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String updatedBy) {

  static ProgrammeResponse of(Programme programme) {
    return of(programme.snapshot());
  }

  static ProgrammeResponse of(ProgrammeSnapshot p) {
    ProgrammeDetails d = p.details();
    return new ProgrammeResponse(
        p.id(),
        p.version(),
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
        p.createdAt(),
        p.createdBy(),
        p.updatedAt(),
        p.updatedBy());
  }
}

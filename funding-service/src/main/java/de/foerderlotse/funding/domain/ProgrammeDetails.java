package de.foerderlotse.funding.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Everything a scout states about a programme; validated at the API before it reaches the domain.
 * Sets and amounts are kept in one canonical form, so the same content always compares equal and an
 * unchanged re-import is recognised as such.
 *
 * @param eligibleRegions AGS prefixes of the regions whose applicants are eligible; empty means
 *     everywhere
 * @param ruleSet the rule set; before the service resolves it, only the stated overrides and the
 *     preset name
 */
public record ProgrammeDetails(
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
    List<FundingCall> calls) {

  public ProgrammeDetails {
    fundingAreas = enumSet(fundingAreas, FundingArea.class);
    applicantTypes = enumSet(applicantTypes, ApplicantType.class);
    eligibleRegions =
        eligibleRegions == null
            ? List.of()
            : eligibleRegions.stream().map(String::trim).distinct().sorted().toList();
    fundingType = fundingType == null ? FundingType.GRANT : fundingType;
    fundingRatePercent = money(fundingRatePercent);
    minGrant = money(minGrant);
    maxGrant = money(maxGrant);
    totalBudget = money(totalBudget);
    calls = calls == null ? List.of() : List.copyOf(calls);
  }

  /** The minimal details the walking skeleton knew; everything else takes its default. */
  public static ProgrammeDetails minimal(
      String externalReference, String title, String fundingBody, ProgrammeStatus status) {
    return new ProgrammeDetails(
        externalReference,
        title,
        null,
        fundingBody,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        status,
        null,
        null,
        null);
  }

  public ProgrammeDetails withRuleSet(RuleSet resolved) {
    return new ProgrammeDetails(
        externalReference,
        title,
        shortDescription,
        fundingBody,
        fundingLevel,
        fundingAreas,
        fundingType,
        applicantTypes,
        eligibleRegions,
        fundingRatePercent,
        minGrant,
        maxGrant,
        totalBudget,
        status,
        url,
        resolved,
        calls);
  }

  public ProgrammeDetails withCalls(List<FundingCall> newCalls) {
    return new ProgrammeDetails(
        externalReference,
        title,
        shortDescription,
        fundingBody,
        fundingLevel,
        fundingAreas,
        fundingType,
        applicantTypes,
        eligibleRegions,
        fundingRatePercent,
        minGrant,
        maxGrant,
        totalBudget,
        status,
        url,
        ruleSet,
        newCalls);
  }

  static BigDecimal money(BigDecimal amount) {
    return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
  }

  private static <E extends Enum<E>> Set<E> enumSet(Collection<E> values, Class<E> type) {
    EnumSet<E> set = EnumSet.noneOf(type);
    if (values != null) {
      values.stream().filter(v -> v != null).forEach(set::add);
    }
    return java.util.Collections.unmodifiableSet(set);
  }
}

package de.foerderlotse.project.readmodel.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What project-service needs to know of a programme beyond its name: areas, who may apply where,
 * amounts, calls with their stages and the rule set. Read from the stored programme event.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProgrammeTerms(
    UUID id,
    String title,
    String status,
    Set<String> fundingAreas,
    Set<String> applicantTypes,
    List<String> eligibleRegions,
    BigDecimal fundingRatePercent,
    BigDecimal minGrant,
    BigDecimal maxGrant,
    RuleSetTerms ruleSet,
    List<Call> calls,
    boolean deleted) {

  public ProgrammeTerms {
    fundingAreas = fundingAreas == null ? Set.of() : Set.copyOf(fundingAreas);
    applicantTypes = applicantTypes == null ? Set.of() : Set.copyOf(applicantTypes);
    eligibleRegions = eligibleRegions == null ? List.of() : List.copyOf(eligibleRegions);
    calls = calls == null ? List.of() : List.copyOf(calls);
  }

  /** A call for proposals with its budget (EUR, may be unknown) and stages. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Call(UUID id, String title, BigDecimal budget, List<Stage> stages) {
    public Call {
      stages = stages == null ? List.of() : List.copyOf(stages);
    }

    /** The stage at {@code index}, counted from 0. */
    public Optional<Stage> stage(int index) {
      return index >= 0 && index < stages.size()
          ? Optional.of(stages.get(index))
          : Optional.empty();
    }
  }

  /** One stage of a call (sketch, full application, cut-off) and its deadline. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Stage(String kind, String label, OffsetDateTime deadline) {

    /** The label, or the German name of the stage kind when the programme gave none. */
    public String name() {
      if (label != null && !label.isBlank()) {
        return label;
      }
      return switch (String.valueOf(kind)) {
        case "SKETCH" -> "Projektskizze";
        case "FULL_APPLICATION" -> "Vollantrag";
        default -> "Stichtag";
      };
    }
  }

  /**
   * The grant conditions; every number is a parameter of the programme.
   *
   * @param earlyStart {@code ALLOWED}, {@code ON_REQUEST} or {@code FORBIDDEN}
   * @param minOwnContributionPercent least own share of the eligible cost
   * @param maxPublicSharePercent most share of all public funding together (cumulation cap)
   * @param procurementThresholdSupplies order value (EUR) of supplies and services from which
   *     formal procurement applies
   * @param procurementThresholdWorks the same for construction works
   * @param proofOfUseWording {@code WITHIN_MONTHS_AFTER}, {@code END_OF_NTH_FOLLOWING_MONTH} or
   *     absent (former month-end rule)
   * @param proofOfUseMonthsAfterPurpose months after the purpose is fulfilled (day-exact); the
   *     earlier of that date and the approval-period date is due
   * @param financingType {@code SHARE}, {@code SHORTFALL} or {@code FIXED_AMOUNT} (VV Nr. 2.2)
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record RuleSetTerms(
      String preset,
      Integer proofOfUseMonths,
      Boolean interimProofRequired,
      Period payoutWindow,
      Integer earmarkingYears,
      String earlyStart,
      BigDecimal minOwnContributionPercent,
      Boolean cumulationAllowed,
      BigDecimal maxPublicSharePercent,
      BigDecimal procurementThresholdSupplies,
      BigDecimal procurementThresholdWorks,
      String proofOfUseWording,
      Integer proofOfUseMonthsAfterPurpose,
      String financingType) {

    @JsonCreator
    public RuleSetTerms {}

    /** Only the deadline parameters. */
    public RuleSetTerms(
        String preset,
        Integer proofOfUseMonths,
        Boolean interimProofRequired,
        Period payoutWindow,
        Integer earmarkingYears) {
      this(
          preset,
          proofOfUseMonths,
          interimProofRequired,
          payoutWindow,
          earmarkingYears,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null);
    }
  }

  public Optional<Call> call(UUID callId) {
    return calls.stream().filter(c -> c.id() != null && c.id().equals(callId)).findFirst();
  }

  /** Whether applicants located in {@code ags} may apply: no regions means everywhere. */
  public boolean coversRegion(String ags) {
    return eligibleRegions.isEmpty()
        || eligibleRegions.stream().anyMatch(prefix -> ags != null && ags.startsWith(prefix));
  }
}

package de.foerderlotse.funding.domain;

import java.math.BigDecimal;
import java.time.Period;

/**
 * The conditions (Nebenbestimmungen) a grant under a programme comes with. Every number is data of
 * the programme; named presets only supply starting values.
 *
 * @param preset the preset the programme started from, e.g. {@code ANBEST_P}
 * @param proofOfUseMonths months after the end of the approval period until the proof of use is due
 * @param interimProofRequired whether yearly interim proofs (Zwischennachweise) are required
 * @param payoutWindow how soon drawn money must be spent (ISO-8601 period, e.g. P6W, P2M)
 * @param earmarkingYears years the funded asset must keep its purpose
 * @param minOwnContributionPercent least own share of the eligible cost, in percent
 * @param maxPublicSharePercent most share of all public funding together, in percent
 * @param procurementThresholdSupplies order value of supplies and services from which formal
 *     procurement rules apply, EUR
 * @param procurementThresholdWorks order value of construction works from which formal procurement
 *     rules apply, EUR
 * @param proofOfUseWording how {@code proofOfUseMonths} counts from the end of the approval period;
 *     absent keeps the former month-end rule
 * @param proofOfUseMonthsAfterPurpose months after the purpose is fulfilled until the proof of use
 *     is due (day-exact); the earlier of this and the approval-period date applies
 * @param financingType share, shortfall or fixed amount (VV Nr. 2.2 zu § 44 LHO)
 */
public record RuleSet(
    String preset,
    Integer proofOfUseMonths,
    Boolean interimProofRequired,
    Period payoutWindow,
    Integer earmarkingYears,
    EarlyStart earlyStart,
    BigDecimal minOwnContributionPercent,
    Boolean cumulationAllowed,
    BigDecimal maxPublicSharePercent,
    BigDecimal procurementThresholdSupplies,
    BigDecimal procurementThresholdWorks,
    DueDateWording proofOfUseWording,
    Integer proofOfUseMonthsAfterPurpose,
    FinancingType financingType) {

  /** This rule set with every value that {@code overrides} states replacing its own. */
  public RuleSet overriddenBy(RuleSet overrides) {
    if (overrides == null) {
      return this;
    }
    return new RuleSet(
        preset,
        or(overrides.proofOfUseMonths, proofOfUseMonths),
        or(overrides.interimProofRequired, interimProofRequired),
        or(overrides.payoutWindow, payoutWindow),
        or(overrides.earmarkingYears, earmarkingYears),
        or(overrides.earlyStart, earlyStart),
        or(overrides.minOwnContributionPercent, minOwnContributionPercent),
        or(overrides.cumulationAllowed, cumulationAllowed),
        or(overrides.maxPublicSharePercent, maxPublicSharePercent),
        or(overrides.procurementThresholdSupplies, procurementThresholdSupplies),
        or(overrides.procurementThresholdWorks, procurementThresholdWorks),
        or(overrides.proofOfUseWording, proofOfUseWording),
        or(overrides.proofOfUseMonthsAfterPurpose, proofOfUseMonthsAfterPurpose),
        or(overrides.financingType, financingType));
  }

  /** Only a preset name, every value from the preset. */
  public static RuleSet named(String preset) {
    return new RuleSet(
        preset, null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  /** The same rule set under another preset name. */
  public RuleSet withPreset(String name) {
    return new RuleSet(
        name,
        proofOfUseMonths,
        interimProofRequired,
        payoutWindow,
        earmarkingYears,
        earlyStart,
        minOwnContributionPercent,
        cumulationAllowed,
        maxPublicSharePercent,
        procurementThresholdSupplies,
        procurementThresholdWorks,
        proofOfUseWording,
        proofOfUseMonthsAfterPurpose,
        financingType);
  }

  private static <T> T or(T preferred, T fallback) {
    return preferred != null ? preferred : fallback;
  }
}

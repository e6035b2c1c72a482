package de.foerderlotse.project.settlement.domain;

import java.math.BigDecimal;
import java.time.Period;

/**
 * The parameters the checklist uses: the programme's rule set, completed from configuration where
 * the rule set is silent. A {@code null} means the programme sets no such limit.
 *
 * @param earlyStart {@code ALLOWED}, {@code ON_REQUEST} or {@code FORBIDDEN}; {@code null} counts
 *     as forbidden, the general rule of budget law
 * @param proofOfUseWarningDays days before the due date from which the proof of use is a warning
 * @param budgetLineTolerancePercent allowed overrun of one budget line if offset elsewhere
 * @param financingType share, shortfall or fixed amount; decides the rate check and spending order
 */
public record ComplianceRules(
    String preset,
    BigDecimal fundingRatePercent,
    BigDecimal minOwnContributionPercent,
    String earlyStart,
    Period payoutWindow,
    Boolean cumulationAllowed,
    BigDecimal maxPublicSharePercent,
    BigDecimal procurementThresholdSupplies,
    BigDecimal procurementThresholdWorks,
    int proofOfUseWarningDays,
    BigDecimal budgetLineTolerancePercent,
    FinancingType financingType) {

  /** The rule set's name for advice texts. */
  public String name() {
    return preset == null ? "des Programms" : preset;
  }
}

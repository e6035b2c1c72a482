package de.foerderlotse.funding.api;

import de.foerderlotse.funding.domain.DueDateWording;
import de.foerderlotse.funding.domain.EarlyStart;
import de.foerderlotse.funding.domain.FinancingType;
import de.foerderlotse.funding.domain.RuleSet;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Period;

/**
 * A programme's rule set as stated: a preset name (default from configuration) and any values that
 * override the preset. Omitted values come from the preset.
 */
public record RuleSetRequest(
    @Size(max = 50, message = "höchstens 50 Zeichen") String preset,
    @Min(value = 0, message = "mindestens 0") @Max(value = 120, message = "höchstens 120")
        Integer proofOfUseMonths,
    Boolean interimProofRequired,
    Period payoutWindow,
    @Min(value = 0, message = "mindestens 0") @Max(value = 50, message = "höchstens 50")
        Integer earmarkingYears,
    EarlyStart earlyStart,
    @DecimalMin(value = "0", message = "mindestens 0")
        @DecimalMax(value = "100", message = "höchstens 100")
        BigDecimal minOwnContributionPercent,
    Boolean cumulationAllowed,
    @DecimalMin(value = "0", message = "mindestens 0")
        @DecimalMax(value = "100", message = "höchstens 100")
        BigDecimal maxPublicSharePercent,
    @DecimalMin(value = "0", message = "mindestens 0") BigDecimal procurementThresholdSupplies,
    @DecimalMin(value = "0", message = "mindestens 0") BigDecimal procurementThresholdWorks,
    DueDateWording proofOfUseWording,
    @Min(value = 0, message = "mindestens 0") @Max(value = 120, message = "höchstens 120")
        Integer proofOfUseMonthsAfterPurpose,
    FinancingType financingType) {

  RuleSet toRuleSet() {
    return new RuleSet(
        ProgrammeRequest.blankToNull(preset),
        proofOfUseMonths,
        interimProofRequired,
        payoutWindow == null ? null : payoutWindow.normalized(),
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
}

package de.foerderlotse.project.budget;

import de.foerderlotse.project.budget.BudgetDemand.Demand;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;

/**
 * One call's budget pressure as one municipality's share of it.
 *
 * @param requested what the municipality's counting applications request
 * @param sharePercent that sum as percent of the budget; {@code null} without a budget
 * @param oversubscribed whether the county as a whole requests more than the budget
 */
public record MunicipalCallPressure(
    UUID programmeId,
    String programmeTitle,
    UUID callId,
    String callTitle,
    BigDecimal budget,
    String ags,
    BigDecimal requested,
    long applications,
    BigDecimal sharePercent,
    BigDecimal countyRequested,
    long countyApplications,
    boolean oversubscribed) {

  static MunicipalCallPressure of(CallPressure call, String ags, Demand own) {
    boolean budgeted = call.budget() != null && call.budget().signum() > 0;
    return new MunicipalCallPressure(
        call.programmeId(),
        call.programmeTitle(),
        call.callId(),
        call.callTitle(),
        call.budget(),
        ags,
        own.requested(),
        own.applications(),
        budgeted
            ? own.requested()
                .multiply(BigDecimal.valueOf(100))
                .divide(call.budget(), 2, RoundingMode.HALF_UP)
            : null,
        call.requested(),
        call.applications(),
        call.oversubscribed());
  }
}

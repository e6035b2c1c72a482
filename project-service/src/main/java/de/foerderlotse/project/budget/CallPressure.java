package de.foerderlotse.project.budget;

import de.foerderlotse.project.budget.BudgetDemand.Demand;
import de.foerderlotse.project.readmodel.domain.ProgrammeTerms;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;

/**
 * One call's budget pressure.
 *
 * @param sharePercent requested sum as percent of the budget; {@code null} without a budget
 */
public record CallPressure(
    UUID programmeId,
    String programmeTitle,
    UUID callId,
    String callTitle,
    BigDecimal budget,
    BigDecimal requested,
    long applications,
    BigDecimal sharePercent,
    boolean oversubscribed) {

  static CallPressure of(ProgrammeTerms p, ProgrammeTerms.Call c, Demand d) {
    boolean budgeted = c.budget() != null && c.budget().signum() > 0;
    return new CallPressure(
        p.id(),
        p.title(),
        c.id(),
        c.title(),
        c.budget(),
        d.requested(),
        d.applications(),
        budgeted
            ? d.requested()
                .multiply(BigDecimal.valueOf(100))
                .divide(c.budget(), 2, RoundingMode.HALF_UP)
            : null,
        budgeted && d.requested().compareTo(c.budget()) > 0);
  }
}

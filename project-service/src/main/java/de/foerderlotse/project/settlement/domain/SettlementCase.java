package de.foerderlotse.project.settlement.domain;

import de.foerderlotse.project.application.domain.Application;
import de.foerderlotse.project.application.domain.PayoutRequest;
import de.foerderlotse.project.deadline.domain.PlannedDeadline;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the checklist looks at for one application, loaded beforehand so the checks are plain
 * functions of it.
 *
 * @param deadlines the application's derived deadlines (proof of use, interim proofs)
 * @param otherGrants the other granted applications of the same project, for cumulation
 */
public record SettlementCase(
    Application application,
    String programmeTitle,
    ComplianceRules rules,
    List<Expense> expenses,
    List<PayoutRequest> payouts,
    List<BudgetLine> budgetLines,
    List<ProofOfUseSubmission> proofs,
    List<PlannedDeadline> deadlines,
    List<OtherGrant> otherGrants,
    LocalDate today) {

  /** Another approved grant for the same project. */
  public record OtherGrant(
      String programmeTitle, BigDecimal approvedAmount, BigDecimal eligibleCost) {}

  /**
   * Share of each expense the grant carries (Anteilfinanzierung): approved amount over eligible
   * cost; 1 before approval.
   */
  public BigDecimal grantShare() {
    Application a = application;
    if (a.approvedAmount == null || a.eligibleCost == null || a.eligibleCost.signum() == 0) {
      return BigDecimal.ONE;
    }
    return a.approvedAmount.divide(a.eligibleCost, 10, java.math.RoundingMode.HALF_UP);
  }

  /**
   * How much of each paid expense the grant carries: under shortfall financing the own and
   * third-party funds (eligible cost minus the grant) are spent first, otherwise the grant's share.
   */
  public PayoutSpending.GrantPortion grantPortion() {
    Application a = application;
    if (rules.financingType() == FinancingType.SHORTFALL
        && a.approvedAmount != null
        && a.eligibleCost != null) {
      return PayoutSpending.GrantPortion.ownFundsFirst(a.eligibleCost.subtract(a.approvedAmount));
    }
    return PayoutSpending.GrantPortion.share(grantShare());
  }
}

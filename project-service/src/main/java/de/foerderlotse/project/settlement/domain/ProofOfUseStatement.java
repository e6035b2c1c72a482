package de.foerderlotse.project.settlement.domain;

import de.foerderlotse.project.application.domain.Application;
import de.foerderlotse.project.application.domain.PayoutRequest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The numerical proof of use (zahlenmäßiger Nachweis): expenses by cost category and budget line,
 * payouts against the grant's share of the expenses, and the funds that remain.
 *
 * @param grantShareOfExpenses the part of the recorded expenses the grant carries, at most the
 *     approved amount
 * @param payoutsMinusGrantShare payouts not yet backed by expenses (positive) or expenses the grant
 *     still owes (negative)
 * @param remainingFunds approved amount not yet drawn
 */
public record ProofOfUseStatement(
    Application application,
    String programmeTitle,
    List<CategorySum> categories,
    List<LineSum> budgetLines,
    List<PayoutLine> payouts,
    BigDecimal totalExpenses,
    BigDecimal grantShareOfExpenses,
    BigDecimal totalPayouts,
    BigDecimal payoutsMinusGrantShare,
    BigDecimal approvedAmount,
    BigDecimal remainingFunds) {

  public record CategorySum(CostCategory category, int count, BigDecimal amount) {}

  public record LineSum(String code, String label, BigDecimal approved, BigDecimal spent) {}

  public record PayoutLine(
      java.util.UUID id, LocalDate receivedOn, BigDecimal amount, Set<java.util.UUID> expenses) {}

  public static ProofOfUseStatement of(
      Application application,
      String programmeTitle,
      List<Expense> expenses,
      List<PayoutRequest> payouts,
      List<BudgetLine> lines,
      BigDecimal grantShare) {
    List<CategorySum> categories =
        Arrays.stream(CostCategory.values())
            .map(
                cat -> {
                  List<Expense> of = expenses.stream().filter(e -> e.costCategory == cat).toList();
                  return new CategorySum(cat, of.size(), SpendingChecks.sum(of));
                })
            .toList();
    List<LineSum> lineSums = new ArrayList<>();
    for (BudgetLine line : lines) {
      lineSums.add(
          new LineSum(
              line.code,
              line.label,
              line.approvedAmount,
              SpendingChecks.sum(
                  expenses.stream().filter(e -> line.code.equals(e.budgetLine)).toList())));
    }
    BigDecimal total = SpendingChecks.sum(expenses);
    BigDecimal approved =
        application.approvedAmount == null
            ? BigDecimal.ZERO.setScale(2)
            : application.approvedAmount;
    BigDecimal grantPart =
        total.multiply(grantShare).setScale(2, RoundingMode.HALF_UP).min(approved);
    BigDecimal drawn =
        payouts.stream().map(p -> p.amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    return new ProofOfUseStatement(
        application,
        programmeTitle,
        categories,
        lineSums,
        payouts.stream()
            .map(p -> new PayoutLine(p.id, p.receivedOn, p.amount, p.expenseIds))
            .toList(),
        total.setScale(2),
        grantPart,
        drawn,
        drawn.subtract(grantPart),
        approved,
        approved.subtract(drawn));
  }
}

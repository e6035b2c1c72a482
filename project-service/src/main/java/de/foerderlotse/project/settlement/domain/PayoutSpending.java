package de.foerderlotse.project.settlement.domain;

import de.foerderlotse.project.application.domain.PayoutRequest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which payout money paid which expense: the grant's share of each paid expense uses up the payouts
 * first in, first out, in the order of payment. A payout is spent in time when the grant share of
 * the expenses paid until the end of its window covers it.
 */
public final class PayoutSpending {

  /**
   * One payout and how much of it was spent by the end of its window.
   *
   * @param unspentAtWindowEnd money drawn too early (still unused when the window closed)
   * @param unspentToday money of this payout not used until today
   */
  public record Use(
      PayoutRequest payout,
      LocalDate windowEnd,
      BigDecimal spentByWindowEnd,
      BigDecimal unspentAtWindowEnd,
      BigDecimal unspentToday) {}

  /** The grant's part of one paid expense, given what was paid before it. */
  public interface GrantPortion {
    BigDecimal of(BigDecimal amount, BigDecimal paidBefore);

    /** Anteilfinanzierung: the same share of every expense. */
    static GrantPortion share(BigDecimal share) {
      return (amount, paidBefore) -> amount.multiply(share).setScale(2, RoundingMode.HALF_UP);
    }

    /** Fehlbedarfsfinanzierung: the grant pays only what exceeds the own and third-party funds. */
    static GrantPortion ownFundsFirst(BigDecimal ownFunds) {
      return (amount, paidBefore) ->
          paidBefore
              .add(amount)
              .subtract(ownFunds)
              .max(BigDecimal.ZERO)
              .subtract(paidBefore.subtract(ownFunds).max(BigDecimal.ZERO))
              .setScale(2, RoundingMode.HALF_UP);
    }
  }

  private PayoutSpending() {}

  public static List<Use> allocate(
      List<PayoutRequest> payouts,
      List<Expense> expenses,
      BigDecimal grantShare,
      Period window,
      LocalDate today) {
    return allocate(payouts, expenses, GrantPortion.share(grantShare), window, today);
  }

  public static List<Use> allocate(
      List<PayoutRequest> payouts,
      List<Expense> expenses,
      GrantPortion portion,
      Period window,
      LocalDate today) {
    List<PayoutRequest> ordered =
        payouts.stream()
            .sorted(
                Comparator.comparing((PayoutRequest p) -> p.receivedOn).thenComparing(p -> p.id))
            .toList();
    BigDecimal[] left = ordered.stream().map(p -> p.amount).toArray(BigDecimal[]::new);
    BigDecimal[] byWindowEnd = new BigDecimal[ordered.size()];
    java.util.Arrays.fill(byWindowEnd, BigDecimal.ZERO);
    List<Expense> paid =
        expenses.stream()
            .filter(e -> e.paidOn != null && !e.paidOn.isAfter(today))
            .sorted(Comparator.comparing((Expense e) -> e.paidOn).thenComparing(e -> e.id))
            .toList();
    BigDecimal paidBefore = BigDecimal.ZERO;
    for (Expense expense : paid) {
      BigDecimal need = portion.of(expense.amount, paidBefore);
      paidBefore = paidBefore.add(expense.amount);
      for (int i = 0; i < ordered.size() && need.signum() > 0; i++) {
        BigDecimal take = need.min(left[i]);
        if (take.signum() <= 0) {
          continue;
        }
        left[i] = left[i].subtract(take);
        need = need.subtract(take);
        if (!expense.paidOn.isAfter(ordered.get(i).receivedOn.plus(window))) {
          byWindowEnd[i] = byWindowEnd[i].add(take);
        }
      }
    }
    List<Use> uses = new ArrayList<>();
    for (int i = 0; i < ordered.size(); i++) {
      PayoutRequest p = ordered.get(i);
      uses.add(
          new Use(
              p,
              p.receivedOn.plus(window),
              byWindowEnd[i],
              p.amount.subtract(byWindowEnd[i]),
              left[i]));
    }
    return uses;
  }
}

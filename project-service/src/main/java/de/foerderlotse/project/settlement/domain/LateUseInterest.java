package de.foerderlotse.project.settlement.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Interest on payout money not used in time, § 49a Abs. 4 VwVfG: five percentage points above the
 * base rate per year, counted per day (actual days / 365, a simplification documented in the
 * README); a period crossing a change of the base rate is split at the change.
 */
public final class LateUseInterest {

  /** Points above the base rate (§ 49a Abs. 4 with Abs. 3 VwVfG). */
  public static final BigDecimal POINTS_ABOVE_BASE = new BigDecimal("5");

  private static final BigDecimal DAYS_PER_YEAR = new BigDecimal("365");
  private static final BigDecimal HUNDRED = new BigDecimal("100");

  private LateUseInterest() {}

  /** Interest on {@code amount} for {@code days} days at a base rate of {@code basePercent}. */
  public static BigDecimal of(BigDecimal amount, long days, BigDecimal basePercent) {
    return raw(amount, days, basePercent).setScale(2, RoundingMode.HALF_UP);
  }

  /**
   * Interest on {@code amount} from {@code from} (first day of interest) up to but excluding {@code
   * until}, at the base rate of each day; days before the first known rate bear none.
   */
  public static BigDecimal between(
      BigDecimal amount, LocalDate from, LocalDate until, BaseRates rates) {
    BigDecimal total = BigDecimal.ZERO;
    LocalDate day = from;
    while (day.isBefore(until)) {
      LocalDate segmentEnd = rates.nextChangeAfter(day).filter(until::isAfter).orElse(until);
      long days = ChronoUnit.DAYS.between(day, segmentEnd);
      BigDecimal base = rates.on(day).orElse(null);
      if (base != null) {
        total = total.add(raw(amount, days, base));
      }
      day = segmentEnd;
    }
    return total.setScale(2, RoundingMode.HALF_UP);
  }

  private static BigDecimal raw(BigDecimal amount, long days, BigDecimal basePercent) {
    return amount
        .multiply(basePercent.add(POINTS_ABOVE_BASE))
        .multiply(BigDecimal.valueOf(days))
        .divide(HUNDRED.multiply(DAYS_PER_YEAR), 10, RoundingMode.HALF_UP);
  }
}

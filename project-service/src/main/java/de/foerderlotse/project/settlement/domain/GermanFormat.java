package de.foerderlotse.project.settlement.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Amounts, percentages and dates as German readers expect them (12.345,67 €, 31.12.2027). */
public final class GermanFormat {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private GermanFormat() {}

  public static String euro(BigDecimal amount) {
    return number(amount) + " €";
  }

  public static String percent(BigDecimal value) {
    return number(value) + " %";
  }

  public static String number(BigDecimal value) {
    // DecimalFormat is not thread-safe: one per call.
    DecimalFormat format =
        new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.GERMANY));
    return format.format(value.setScale(2, RoundingMode.HALF_UP));
  }

  public static String date(LocalDate date) {
    return date == null ? "–" : date.format(DATE);
  }

  /** {@code part} as percent of {@code whole}, two decimals; zero for an empty whole. */
  public static BigDecimal share(BigDecimal part, BigDecimal whole) {
    if (whole == null || whole.signum() == 0) {
      return BigDecimal.ZERO.setScale(2);
    }
    return part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP);
  }

  /** {@code percent} % of {@code amount}, in cents. */
  public static BigDecimal percentOf(BigDecimal percent, BigDecimal amount) {
    return amount.multiply(percent).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
  }
}

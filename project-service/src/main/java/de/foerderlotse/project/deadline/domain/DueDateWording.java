package de.foerderlotse.project.deadline.domain;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * How a rule counts a due date in months after an event. The two wordings of grant notices give
 * different days; a rule set that names neither keeps the former month-end rule.
 */
public enum DueDateWording {
  /** "innerhalb von N Monaten nach …": day-exact (§ 188 Abs. 2, 3 BGB): 15.03. + 6 = 15.09. */
  WITHIN_MONTHS_AFTER,
  /** "mit Ablauf des N-ten … folgenden Monats": last day of that month: 15.03. + 6 = 30.09. */
  END_OF_NTH_FOLLOWING_MONTH,
  /** No wording stated: day-exact, but a month's last day gives the later month's last day. */
  UNSTATED;

  /** The wording a rule set names, {@link #UNSTATED} when it names none or one unknown here. */
  public static DueDateWording of(String name) {
    for (DueDateWording wording : values()) {
      if (wording.name().equals(name)) {
        return wording;
      }
    }
    return UNSTATED;
  }

  /** The due date {@code months} after {@code event} under this wording. */
  public LocalDate due(LocalDate event, int months) {
    return switch (this) {
      case WITHIN_MONTHS_AFTER -> event.plusMonths(months);
      case END_OF_NTH_FOLLOWING_MONTH -> YearMonth.from(event).plusMonths(months).atEndOfMonth();
      case UNSTATED -> monthEndKept(event, months);
    };
  }

  /** German phrase for the derivation text, e.g. "6 Monate nach" or "Ablauf des 6. Monats nach". */
  public String phrase(int months) {
    return this == END_OF_NTH_FOLLOWING_MONTH
        ? "mit Ablauf des " + months + ". Monats nach"
        : months + " Monate nach";
  }

  private static LocalDate monthEndKept(LocalDate date, int months) {
    LocalDate later = date.plusMonths(months);
    return date.getDayOfMonth() == date.lengthOfMonth()
        ? later.withDayOfMonth(later.lengthOfMonth())
        : later;
  }
}

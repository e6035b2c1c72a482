package de.foerderlotse.funding.domain;

/** How a grant notice words a due date counted in months; the two wordings give different days. */
public enum DueDateWording {
  /** "innerhalb von N Monaten nach …": day-exact, 15 March plus six months is 15 September. */
  WITHIN_MONTHS_AFTER,
  /** "mit Ablauf des N-ten … folgenden Monats": the last day of that month, here 30 September. */
  END_OF_NTH_FOLLOWING_MONTH
}

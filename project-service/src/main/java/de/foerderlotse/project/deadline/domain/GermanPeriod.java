package de.foerderlotse.project.deadline.domain;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a period in the dative a German grant notice uses after "binnen": "6 Wochen", "2 Monaten".
 */
public final class GermanPeriod {

  private GermanPeriod() {}

  public static String format(Period period) {
    List<String> parts = new ArrayList<>();
    unit(parts, period.getYears(), "Jahr", "Jahren");
    unit(parts, period.getMonths(), "Monat", "Monaten");
    int days = period.getDays();
    if (days > 0 && days % 7 == 0) {
      unit(parts, days / 7, "Woche", "Wochen");
    } else {
      unit(parts, days, "Tag", "Tagen");
    }
    return parts.isEmpty() ? "0 Tagen" : String.join(" und ", parts);
  }

  private static void unit(List<String> parts, int amount, String one, String many) {
    if (amount != 0) {
      parts.add(amount + " " + (amount == 1 ? one : many));
    }
  }
}

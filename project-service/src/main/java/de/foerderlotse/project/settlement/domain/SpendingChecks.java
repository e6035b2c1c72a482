package de.foerderlotse.project.settlement.domain;

import static de.foerderlotse.project.settlement.domain.FigureChecks.item;
import static de.foerderlotse.project.settlement.domain.GermanFormat.date;
import static de.foerderlotse.project.settlement.domain.GermanFormat.euro;

import de.foerderlotse.project.application.domain.Application;
import de.foerderlotse.project.deadline.domain.GermanPeriod;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Checks of what was spent: early start and payout windows. */
final class SpendingChecks {

  private static final BaseRates RATES = BaseRates.shipped();

  private SpendingChecks() {}

  static ChecklistItem earlyStart(SettlementCase c) {
    Application a = c.application();
    String rule = c.rules().earlyStart() == null ? "FORBIDDEN" : c.rules().earlyStart();
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("earlyStartRule", rule);
    figures.put("grantNoticeDate", a.grantNoticeDate);
    String title = "Vorzeitiger Maßnahmebeginn";
    if (a.grantNoticeDate == null) {
      return item(
          "EARLY_START",
          title,
          CheckStatus.OK,
          figures,
          "ALLOWED".equals(rule)
              ? "Das Programm erlaubt den vorzeitigen Maßnahmebeginn."
              : "Noch kein Zuwendungsbescheid: vor dem Bescheid keine Aufträge vergeben oder"
                  + " Verträge schließen, sonst ist die Förderung gefährdet.");
    }
    List<Expense> early =
        c.expenses().stream()
            .filter(e -> e.commitmentDate().isBefore(a.grantNoticeDate))
            .sorted(Comparator.comparing(Expense::commitmentDate))
            .toList();
    BigDecimal amount = sum(early);
    figures.put("expensesBeforeGrantNotice", early.size());
    figures.put("amountBeforeGrantNotice", amount);
    figures.put("earliestCommitment", early.isEmpty() ? null : early.get(0).commitmentDate());
    if (early.isEmpty() || "ALLOWED".equals(rule)) {
      return item(
          "EARLY_START",
          title,
          CheckStatus.OK,
          figures,
          early.isEmpty()
              ? "Keine Ausgabe und kein Vertrag vor dem Zuwendungsbescheid vom "
                  + date(a.grantNoticeDate)
                  + "."
              : "Das Programm erlaubt den vorzeitigen Maßnahmebeginn; "
                  + early.size()
                  + " Ausgaben vor dem Bescheid sind zulässig.");
    }
    String facts =
        early.size()
            + " Ausgaben über zusammen "
            + euro(amount)
            + " beruhen auf Verträgen oder Rechnungen vor dem Zuwendungsbescheid vom "
            + date(a.grantNoticeDate)
            + " (frühestens am "
            + date(early.get(0).commitmentDate())
            + "). ";
    if ("ON_REQUEST".equals(rule)) {
      return item(
          "EARLY_START",
          title,
          CheckStatus.WARNING,
          figures,
          facts
              + "Ein vorzeitiger Maßnahmebeginn ist nur mit schriftlicher Zustimmung des"
              + " Fördergebers zulässig: bitte die Zustimmung zur Akte nehmen, sonst sind diese"
              + " Ausgaben nicht förderfähig.");
    }
    return item(
        "EARLY_START",
        title,
        CheckStatus.VIOLATION,
        figures,
        facts
            + "Das Programm erlaubt keinen vorzeitigen Maßnahmebeginn: diese Ausgaben sind"
            + " nicht förderfähig, und der Fördergeber kann die Zuwendung widerrufen. Bitte den"
            + " Sachverhalt mit dem Fördergeber klären.");
  }

  static ChecklistItem payoutSpending(SettlementCase c) {
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put(
        "payoutWindow",
        c.rules().payoutWindow() == null ? null : c.rules().payoutWindow().toString());
    figures.put("payouts", c.payouts().size());
    String title = "Verwendung abgerufener Mittel";
    if (c.rules().payoutWindow() == null) {
      return item(
          "PAYOUT_SPENDING",
          title,
          CheckStatus.OK,
          figures,
          "Das Regelwerk nennt keine Frist für die Verwendung abgerufener Mittel.");
    }
    String window = GermanPeriod.format(c.rules().payoutWindow());
    List<PayoutSpending.Use> uses =
        PayoutSpending.allocate(
            c.payouts(), c.expenses(), c.grantPortion(), c.rules().payoutWindow(), c.today());
    List<PayoutSpending.Use> late =
        uses.stream()
            .filter(u -> u.windowEnd().isBefore(c.today()) && u.unspentAtWindowEnd().signum() > 0)
            .toList();
    BigDecimal tooEarly =
        late.stream()
            .map(PayoutSpending.Use::unspentAtWindowEnd)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal unspentToday =
        uses.stream()
            .map(PayoutSpending.Use::unspentToday)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    figures.put(
        "payoutTotal",
        uses.stream().map(u -> u.payout().amount).reduce(BigDecimal.ZERO, BigDecimal::add));
    figures.put("unspentToday", unspentToday);
    figures.put("drawnTooEarly", tooEarly);
    figures.put("lateUseInterest", lateUseInterest(late, c.today()));
    figures.put("baseRatePercent", RATES.on(c.today()).orElse(null));
    if (late.isEmpty()) {
      return item(
          "PAYOUT_SPENDING",
          title,
          CheckStatus.OK,
          figures,
          uses.isEmpty()
              ? "Noch keine Mittel abgerufen. Mittel erst abrufen, wenn sie binnen "
                  + window
                  + " nach Eingang für fällige Zahlungen gebraucht werden."
              : "Alle abgerufenen Mittel wurden binnen "
                  + window
                  + " verwendet"
                  + (unspentToday.signum() > 0
                      ? "; " + euro(unspentToday) + " sind noch innerhalb ihrer Frist offen."
                      : "."));
    }
    PayoutSpending.Use first = late.get(0);
    figures.put("since", first.windowEnd().plusDays(1));
    figures.put("firstLatePayoutReceivedOn", first.payout().receivedOn);
    String detail =
        late.stream()
            .map(
                u ->
                    euro(u.unspentAtWindowEnd())
                        + " aus dem Abruf vom "
                        + date(u.payout().receivedOn)
                        + " (Frist bis "
                        + date(u.windowEnd())
                        + ")")
            .collect(Collectors.joining("; "));
    return item(
        "PAYOUT_SPENDING",
        title,
        CheckStatus.VIOLATION,
        figures,
        "Abgerufene Mittel von "
            + euro(tooEarly)
            + " wurden nicht binnen "
            + window
            + " nach Eingang ausgegeben, seit dem "
            + date(first.windowEnd().plusDays(1))
            + ": "
            + detail
            + ". Zu früh abgerufene Mittel können verzinst zurückgefordert"
            + " werden. Bitte nicht benötigte Beträge zurücküberweisen oder den Fördergeber"
            + " informieren und künftig nur den Bedarf der nächsten "
            + window
            + " abrufen.");
  }

  /**
   * Interest (§ 49a Abs. 4 VwVfG) accrued until today on the money of late payouts still unused
   * today, from the day after each window; money used late but before today is not counted.
   */
  static BigDecimal lateUseInterest(List<PayoutSpending.Use> late, java.time.LocalDate today) {
    return late.stream()
        .filter(u -> u.unspentToday().signum() > 0)
        .map(
            u -> LateUseInterest.between(u.unspentToday(), u.windowEnd().plusDays(1), today, RATES))
        .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
  }

  static BigDecimal sum(List<Expense> expenses) {
    return expenses.stream().map(e -> e.amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}

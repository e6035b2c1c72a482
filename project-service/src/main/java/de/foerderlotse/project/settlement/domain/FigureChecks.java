package de.foerderlotse.project.settlement.domain;

import static de.foerderlotse.project.settlement.domain.GermanFormat.euro;
import static de.foerderlotse.project.settlement.domain.GermanFormat.percent;
import static de.foerderlotse.project.settlement.domain.GermanFormat.percentOf;
import static de.foerderlotse.project.settlement.domain.GermanFormat.share;

import de.foerderlotse.project.application.domain.Application;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Checks of the application's financing figures: own contribution, funding rate, cumulation. */
final class FigureChecks {

  private FigureChecks() {}

  static ChecklistItem ownContribution(SettlementCase c) {
    Application a = c.application();
    BigDecimal min = c.rules().minOwnContributionPercent();
    BigDecimal actual = share(a.ownContribution, a.eligibleCost);
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("ownContribution", a.ownContribution);
    figures.put("eligibleCost", a.eligibleCost);
    figures.put("ownContributionPercent", actual);
    figures.put("minOwnContributionPercent", min);
    String title = "Eigenanteil";
    if (min == null) {
      return item(
          "OWN_CONTRIBUTION",
          title,
          CheckStatus.OK,
          figures,
          "Das Regelwerk schreibt keinen Mindest-Eigenanteil vor.");
    }
    BigDecimal required = percentOf(min, a.eligibleCost);
    if (a.ownContribution.compareTo(required) < 0) {
      BigDecimal missing = required.subtract(a.ownContribution);
      figures.put("missingAmount", missing);
      return item(
          "OWN_CONTRIBUTION",
          title,
          CheckStatus.VIOLATION,
          figures,
          "Der Eigenanteil beträgt "
              + euro(a.ownContribution)
              + " ("
              + percent(actual)
              + " der zuwendungsfähigen Ausgaben von "
              + euro(a.eligibleCost)
              + "). Das Programm verlangt mindestens "
              + percent(min)
              + " ("
              + euro(required)
              + "). Bitte den Eigenanteil um "
              + euro(missing)
              + " erhöhen oder die Finanzierung mit dem Fördergeber klären.");
    }
    return item(
        "OWN_CONTRIBUTION",
        title,
        CheckStatus.OK,
        figures,
        "Der Eigenanteil von "
            + percent(actual)
            + " erfüllt die Vorgabe von mindestens "
            + percent(min)
            + ".");
  }

  static ChecklistItem fundingRate(SettlementCase c) {
    Application a = c.application();
    BigDecimal rate = c.rules().fundingRatePercent();
    boolean granted = a.status.isGranted() && a.approvedAmount != null;
    // After approval the grant notice's amount counts, not what was once requested.
    BigDecimal amount = granted ? a.approvedAmount : a.requestedAmount;
    String what = granted ? "Bewilligt" : "Beantragt";
    BigDecimal actual = share(amount, a.eligibleCost);
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("requestedAmount", a.requestedAmount);
    figures.put("approvedAmount", a.approvedAmount);
    figures.put("eligibleCost", a.eligibleCost);
    figures.put("requestedPercent", actual);
    figures.put("fundingRatePercent", rate);
    figures.put("financingType", c.rules().financingType().name());
    String title = "Förderquote";
    if (c.rules().financingType() != FinancingType.SHARE) {
      return item(
          "FUNDING_RATE",
          title,
          CheckStatus.OK,
          figures,
          "Bei "
              + c.rules().financingType().label()
              + " gilt keine Förderquote je Ausgabe (VV Nr. 2.2 zu § 44 LHO); geprüft wird sie"
              + " nur bei Anteilfinanzierung.");
    }
    if (rate == null) {
      return item(
          "FUNDING_RATE", title, CheckStatus.OK, figures, "Das Programm nennt keine Förderquote.");
    }
    BigDecimal allowed = percentOf(rate, a.eligibleCost);
    figures.put("maxRequestableAmount", allowed);
    if (amount.compareTo(allowed) > 0) {
      BigDecimal excess = amount.subtract(allowed);
      figures.put("excessAmount", excess);
      return item(
          "FUNDING_RATE",
          title,
          CheckStatus.VIOLATION,
          figures,
          what
              + " sind "
              + euro(amount)
              + ", das sind "
              + percent(actual)
              + " der zuwendungsfähigen Ausgaben. Das Programm fördert höchstens "
              + percent(rate)
              + ", also "
              + euro(allowed)
              + (granted
                  ? ". Bitte den Zuwendungsbescheid prüfen und die Abweichung von "
                      + euro(excess)
                      + " mit dem Fördergeber klären."
                  : ". Bitte den beantragten Betrag um "
                      + euro(excess)
                      + " senken; der Rest muss aus Eigenmitteln oder Drittmitteln kommen."));
    }
    return item(
        "FUNDING_RATE",
        title,
        CheckStatus.OK,
        figures,
        "Der "
            + (granted ? "bewilligte" : "beantragte")
            + " Anteil von "
            + percent(actual)
            + " liegt innerhalb der Förderquote von "
            + percent(rate)
            + ".");
  }

  /**
   * All public funding of the project (this grant and the other granted applications) against the
   * cap. The reference cost is the largest eligible cost among those applications.
   */
  static ChecklistItem cumulation(SettlementCase c) {
    Application a = c.application();
    BigDecimal own = a.approvedAmount != null ? a.approvedAmount : a.requestedAmount;
    BigDecimal total = own;
    BigDecimal reference = a.eligibleCost;
    for (SettlementCase.OtherGrant other : c.otherGrants()) {
      total = total.add(other.approvedAmount());
      if (other.eligibleCost() != null && other.eligibleCost().compareTo(reference) > 0) {
        reference = other.eligibleCost();
      }
    }
    BigDecimal actual = share(total, reference);
    BigDecimal max = c.rules().maxPublicSharePercent();
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("publicFundingTotal", total);
    figures.put("thisGrant", own);
    figures.put("otherGrants", c.otherGrants().size());
    figures.put("referenceCost", reference);
    figures.put("publicSharePercent", actual);
    figures.put("maxPublicSharePercent", max);
    figures.put("cumulationAllowed", c.rules().cumulationAllowed());
    String title = "Kumulierung und Doppelförderung";
    String others =
        c.otherGrants().stream()
            .map(o -> "„" + o.programmeTitle() + "“ (" + euro(o.approvedAmount()) + ")")
            .collect(Collectors.joining(", "));
    if (Boolean.FALSE.equals(c.rules().cumulationAllowed()) && !c.otherGrants().isEmpty()) {
      return item(
          "CUMULATION",
          title,
          CheckStatus.VIOLATION,
          figures,
          "Das Programm schließt eine Förderung neben anderen öffentlichen Mitteln aus, das"
              + " Projekt wird aber zusätzlich gefördert durch "
              + others
              + ". Das ist eine Doppelförderung: bitte umgehend mit beiden Fördergebern klären,"
              + " welche Zuwendung bestehen bleibt.");
    }
    if (max == null) {
      return item(
          "CUMULATION",
          title,
          CheckStatus.OK,
          figures,
          "Das Regelwerk nennt keine Höchstgrenze der öffentlichen Förderung.");
    }
    BigDecimal cap = percentOf(max, reference);
    figures.put("maxPublicFunding", cap);
    if (total.compareTo(cap) > 0) {
      BigDecimal excess = total.subtract(cap);
      figures.put("excessAmount", excess);
      return item(
          "CUMULATION",
          title,
          CheckStatus.VIOLATION,
          figures,
          "Öffentliche Mittel für das Projekt zusammen "
              + euro(total)
              + " ("
              + percent(actual)
              + " von "
              + euro(reference)
              + ")"
              + (others.isEmpty() ? "" : ", davon aus anderen Programmen: " + others)
              + ". Zulässig sind höchstens "
              + percent(max)
              + " ("
              + euro(cap)
              + "). Die Überschreitung von "
              + euro(excess)
              + " führt zur Kürzung; bitte die Fördergeber informieren und die Finanzierung"
              + " anpassen.");
    }
    return item(
        "CUMULATION",
        title,
        CheckStatus.OK,
        figures,
        "Die öffentliche Förderung von zusammen "
            + percent(actual)
            + " liegt unter der Höchstgrenze von "
            + percent(max)
            + ".");
  }

  static ChecklistItem item(
      String code, String title, CheckStatus status, Map<String, Object> figures, String advice) {
    return new ChecklistItem(code, title, status, figures, advice);
  }
}

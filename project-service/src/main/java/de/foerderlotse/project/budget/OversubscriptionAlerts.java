package de.foerderlotse.project.budget;

import de.foerderlotse.project.alert.AlertService;
import de.foerderlotse.project.alert.domain.AlertDraft;
import de.foerderlotse.project.alert.domain.AlertType;
import de.foerderlotse.project.alert.domain.Severity;
import de.foerderlotse.project.alert.domain.Subject;
import de.foerderlotse.project.readmodel.domain.ProgrammeTerms;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/** The BUDGET_OVERSUBSCRIBED alert to the municipalities applying to an oversubscribed call. */
@ApplicationScoped
public class OversubscriptionAlerts {

  private final BudgetDemand demand;
  private final AlertService alerts;

  public OversubscriptionAlerts(BudgetDemand demand, AlertService alerts) {
    this.demand = demand;
    this.alerts = alerts;
  }

  /**
   * @param crossing how often the call has crossed its budget, so each crossing alerts once
   */
  public void raise(
      ProgrammeTerms programme, ProgrammeTerms.Call call, BigDecimal requested, int crossing) {
    alerts.raise(alert(programme, call, demand.applicants(call.id()), requested, crossing));
  }

  private static AlertDraft alert(
      ProgrammeTerms programme,
      ProgrammeTerms.Call call,
      List<String> applicants,
      BigDecimal requested,
      int crossing) {
    BigDecimal percent =
        requested.multiply(BigDecimal.valueOf(100)).divide(call.budget(), 0, RoundingMode.HALF_UP);
    return new AlertDraft(
        AlertType.BUDGET_OVERSUBSCRIBED,
        Severity.WARNING,
        applicants,
        true,
        List.of(
            Subject.call(call.id(), call.title()),
            Subject.programme(programme.id(), programme.title())),
        "Der Aufruf „"
            + call.title()
            + "“ im Programm „"
            + programme.title()
            + "“ ist überzeichnet: Die Anträge aus dem Kreis fordern "
            + euro(requested)
            + " bei einem Budget von "
            + euro(call.budget())
            + " ("
            + percent
            + " %).",
        "BUDGET_OVERSUBSCRIBED:" + call.id() + ":" + crossing);
  }

  // Same currency format as the funding-match alerts, so the inbox reads alike.
  private static String euro(BigDecimal amount) {
    return NumberFormat.getCurrencyInstance(Locale.GERMANY).format(amount);
  }
}

package de.foerderlotse.project.service.scouting;

import de.foerderlotse.project.domain.ProgrammeTerms;
import de.foerderlotse.project.domain.alert.AlertDraft;
import de.foerderlotse.project.domain.alert.AlertType;
import de.foerderlotse.project.domain.alert.Severity;
import de.foerderlotse.project.domain.alert.Subject;
import de.foerderlotse.project.domain.application.Application;
import de.foerderlotse.project.domain.application.ApplicationStatus;
import de.foerderlotse.project.service.ProgrammeCatalogue;
import de.foerderlotse.project.service.ProgrammeCatalogue.ProgrammeTermsChanged;
import de.foerderlotse.project.service.alert.AlertService;
import de.foerderlotse.project.service.application.ApplicationUpdated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;

/**
 * Per call: the sum requested by the county's submitted applications against the call budget.
 * Crossing 100 % raises BUDGET_OVERSUBSCRIBED once; falling back below and crossing again raises it
 * anew. The call's state row is locked while it is checked, so replicas cannot both raise.
 */
@ApplicationScoped
public class BudgetPressure {

  private static final List<ApplicationStatus> COUNTING =
      Arrays.stream(ApplicationStatus.values())
          .filter(ApplicationStatus::countsAgainstBudget)
          .toList();

  private final EntityManager entityManager;
  private final ProgrammeCatalogue catalogue;
  private final AlertService alerts;

  public BudgetPressure(
      EntityManager entityManager, ProgrammeCatalogue catalogue, AlertService alerts) {
    this.entityManager = entityManager;
    this.catalogue = catalogue;
    this.alerts = alerts;
  }

  void onApplicationUpdated(@Observes ApplicationUpdated updated) {
    Application application = updated.application();
    if (updated.previousStatus() == application.status) {
      return;
    }
    catalogue
        .terms(application.programmeId)
        .ifPresent(p -> p.call(application.callId).ifPresent(c -> check(p, c)));
  }

  void onProgrammeChanged(@Observes ProgrammeTermsChanged change) {
    change.after().calls().forEach(call -> check(change.after(), call));
  }

  private void check(ProgrammeTerms programme, ProgrammeTerms.Call call) {
    if (call.budget() == null || call.budget().signum() <= 0 || call.id() == null) {
      return;
    }
    List<Application> counting =
        Application.list("callId = ?1 and status in ?2", call.id(), COUNTING);
    BigDecimal requested =
        counting.stream().map(a -> a.requestedAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    boolean over = requested.compareTo(call.budget()) > 0;
    Object[] state = lockState(call);
    boolean wasOver = (Boolean) state[0];
    int crossings = ((Number) state[1]).intValue();
    if (over == wasOver) {
      return;
    }
    if (over) {
      crossings++;
      alerts.raise(alert(programme, call, counting, requested, crossings));
    }
    entityManager
        .createNativeQuery(
            "update call_budget_state set oversubscribed = :over, crossings = :crossings,"
                + " updated_at = now() where call_id = :call")
        .setParameter("over", over)
        .setParameter("crossings", crossings)
        .setParameter("call", call.id())
        .executeUpdate();
  }

  private Object[] lockState(ProgrammeTerms.Call call) {
    entityManager
        .createNativeQuery(
            "insert into call_budget_state (call_id, oversubscribed, crossings, updated_at)"
                + " values (:call, false, 0, now()) on conflict do nothing")
        .setParameter("call", call.id())
        .executeUpdate();
    return (Object[])
        entityManager
            .createNativeQuery(
                "select oversubscribed, crossings from call_budget_state where call_id = :call"
                    + " for update")
            .setParameter("call", call.id())
            .getSingleResult();
  }

  private static AlertDraft alert(
      ProgrammeTerms programme,
      ProgrammeTerms.Call call,
      List<Application> counting,
      BigDecimal requested,
      int crossing) {
    BigDecimal percent =
        requested.multiply(BigDecimal.valueOf(100)).divide(call.budget(), 0, RoundingMode.HALF_UP);
    return new AlertDraft(
        AlertType.BUDGET_OVERSUBSCRIBED,
        Severity.WARNING,
        counting.stream().map(a -> a.ags).distinct().sorted().toList(),
        true,
        List.of(
            Subject.call(call.id(), call.title()),
            Subject.programme(programme.id(), programme.title())),
        "Der Aufruf „"
            + call.title()
            + "“ im Programm „"
            + programme.title()
            + "“ ist überzeichnet: Die Anträge aus dem Kreis fordern "
            + ScoutingMatch.euro(requested)
            + " bei einem Budget von "
            + ScoutingMatch.euro(call.budget())
            + " ("
            + percent
            + " %).",
        "BUDGET_OVERSUBSCRIBED:" + call.id() + ":" + crossing);
  }
}

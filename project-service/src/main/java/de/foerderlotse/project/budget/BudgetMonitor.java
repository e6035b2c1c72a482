package de.foerderlotse.project.budget;

import de.foerderlotse.platform.claim.Claims;
import de.foerderlotse.project.application.ApplicationUpdated;
import de.foerderlotse.project.application.domain.Application;
import de.foerderlotse.project.readmodel.ProgrammeCatalogue;
import de.foerderlotse.project.readmodel.ProgrammeCatalogue.ProgrammeTermsChanged;
import de.foerderlotse.project.readmodel.domain.ProgrammeTerms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Watches each call's demand against its budget. Crossing 100 % raises BUDGET_OVERSUBSCRIBED once;
 * falling back below and crossing again raises it anew. The call's state row is locked while it is
 * checked, so replicas cannot both raise.
 */
@ApplicationScoped
public class BudgetMonitor {

  private final EntityManager entityManager;
  private final ProgrammeCatalogue catalogue;
  private final BudgetDemand demand;
  private final OversubscriptionAlerts alerts;
  private final Claims claims;

  public BudgetMonitor(
      EntityManager entityManager,
      ProgrammeCatalogue catalogue,
      BudgetDemand demand,
      OversubscriptionAlerts alerts,
      Claims claims) {
    this.entityManager = entityManager;
    this.catalogue = catalogue;
    this.demand = demand;
    this.alerts = alerts;
    this.claims = claims;
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
    claims.underLock(
        "call_budget_state",
        Map.of("call_id", call.id()),
        Map.of("oversubscribed", false, "crossings", 0, "updated_at", new Claims.Sql("now()")),
        List.of("oversubscribed", "crossings"),
        state -> decide(programme, call, (Boolean) state[0], ((Number) state[1]).intValue()));
  }

  /** Runs with the call's state row locked, so the demand read includes every earlier caller's. */
  private boolean decide(
      ProgrammeTerms programme, ProgrammeTerms.Call call, boolean wasOver, int crossings) {
    BigDecimal requested =
        demand.perCall(List.of(call.id())).getOrDefault(call.id(), BudgetDemand.NONE).requested();
    boolean over = requested.compareTo(call.budget()) > 0;
    if (over == wasOver) {
      return false;
    }
    int crossing = over ? crossings + 1 : crossings;
    if (over) {
      alerts.raise(programme, call, requested, crossing);
    }
    entityManager
        .createNativeQuery(
            "update call_budget_state set oversubscribed = :over, crossings = :crossings,"
                + " updated_at = now() where call_id = :call")
        .setParameter("over", over)
        .setParameter("crossings", crossing)
        .setParameter("call", call.id())
        .executeUpdate();
    return over;
  }
}

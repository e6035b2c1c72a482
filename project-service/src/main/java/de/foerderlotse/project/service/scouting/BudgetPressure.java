package de.foerderlotse.project.service.scouting;

import de.foerderlotse.platform.claim.Claims;
import de.foerderlotse.project.domain.ProgrammeTerms;
import de.foerderlotse.project.domain.ProgrammeView;
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
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

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
  private final Claims claims;

  public BudgetPressure(
      EntityManager entityManager,
      ProgrammeCatalogue catalogue,
      AlertService alerts,
      Claims claims) {
    this.entityManager = entityManager;
    this.claims = claims;
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
    BigDecimal requested = demand(List.of(call.id())).getOrDefault(call.id(), NONE).requested();
    boolean over = requested.compareTo(call.budget()) > 0;
    if (over == wasOver) {
      return false;
    }
    int crossing = over ? crossings + 1 : crossings;
    if (over) {
      alerts.raise(alert(programme, call, applicants(call), requested, crossing));
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

  private List<String> applicants(ProgrammeTerms.Call call) {
    return entityManager
        .createQuery(
            "select distinct a.ags from Application a where a.callId = :call"
                + " and a.status in :counting order by a.ags",
            String.class)
        .setParameter("call", call.id())
        .setParameter("counting", COUNTING)
        .getResultList();
  }

  /**
   * Every call of the known programmes with its budget and what the county's counting applications
   * request (the figures behind BUDGET_OVERSUBSCRIBED), for dashboards.
   */
  @Transactional
  public List<CallPressure> overview() {
    List<ProgrammeTerms> programmes =
        ProgrammeView.<ProgrammeView>list("deleted = false").stream()
            .map(catalogue::termsOf)
            .toList();
    Map<UUID, Demand> demand =
        demand(
            programmes.stream()
                .flatMap(p -> p.calls().stream())
                .map(ProgrammeTerms.Call::id)
                .filter(Objects::nonNull)
                .toList());
    List<CallPressure> pressure = new ArrayList<>();
    for (ProgrammeTerms p : programmes) {
      for (ProgrammeTerms.Call c : p.calls()) {
        if (c.id() != null) {
          pressure.add(CallPressure.of(p, c, demand.getOrDefault(c.id(), NONE)));
        }
      }
    }
    pressure.sort(
        Comparator.comparing(CallPressure::programmeTitle, Comparator.nullsLast(String::compareTo))
            .thenComparing(CallPressure::callTitle, Comparator.nullsLast(String::compareTo)));
    return pressure;
  }

  /** The sum requested and the number of counting applications per call: one grouped query. */
  private Map<UUID, Demand> demand(List<UUID> callIds) {
    Map<UUID, Demand> demand = new HashMap<>();
    if (callIds.isEmpty()) {
      return demand;
    }
    entityManager
        .createQuery(
            "select a.callId, sum(a.requestedAmount), count(a) from Application a"
                + " where a.callId in :calls and a.status in :counting group by a.callId",
            Object[].class)
        .setParameter("calls", callIds)
        .setParameter("counting", COUNTING)
        .getResultList()
        .forEach(
            row ->
                demand.put(
                    (UUID) row[0], new Demand((BigDecimal) row[1], ((Number) row[2]).longValue())));
    return demand;
  }

  private static final Demand NONE = new Demand(BigDecimal.ZERO.setScale(2), 0);

  private record Demand(BigDecimal requested, long applications) {}

  /**
   * One call's budget pressure.
   *
   * @param sharePercent requested sum as percent of the budget; {@code null} without a budget
   */
  public record CallPressure(
      UUID programmeId,
      String programmeTitle,
      UUID callId,
      String callTitle,
      BigDecimal budget,
      BigDecimal requested,
      long applications,
      BigDecimal sharePercent,
      boolean oversubscribed) {

    static CallPressure of(ProgrammeTerms p, ProgrammeTerms.Call c, Demand d) {
      boolean budgeted = c.budget() != null && c.budget().signum() > 0;
      return new CallPressure(
          p.id(),
          p.title(),
          c.id(),
          c.title(),
          c.budget(),
          d.requested(),
          d.applications(),
          budgeted
              ? d.requested()
                  .multiply(BigDecimal.valueOf(100))
                  .divide(c.budget(), 2, RoundingMode.HALF_UP)
              : null,
          budgeted && d.requested().compareTo(c.budget()) > 0);
    }
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
            + ScoutingMatch.euro(requested)
            + " bei einem Budget von "
            + ScoutingMatch.euro(call.budget())
            + " ("
            + percent
            + " %).",
        "BUDGET_OVERSUBSCRIBED:" + call.id() + ":" + crossing);
  }

  /**
   * The calls one municipality has counting applications to, each with that municipality's demand
   * beside the county's, for a dashboard narrowed to the municipality.
   */
  @Transactional
  public List<MunicipalCallPressure> overviewFor(String ags) {
    Map<UUID, Demand> own = new HashMap<>();
    entityManager
        .createQuery(
            "select a.callId, sum(a.requestedAmount), count(a) from Application a where a.ags = :ags"
                + " and a.callId is not null and a.status in :counting group by a.callId",
            Object[].class)
        .setParameter("ags", ags)
        .setParameter("counting", COUNTING)
        .getResultList()
        .forEach(
            row ->
                own.put(
                    (UUID) row[0], new Demand((BigDecimal) row[1], ((Number) row[2]).longValue())));
    return overview().stream()
        .filter(call -> own.containsKey(call.callId()))
        .map(call -> MunicipalCallPressure.of(call, ags, own.get(call.callId())))
        .toList();
  }

  /**
   * One call's budget pressure as one municipality's share of it.
   *
   * @param requested what the municipality's counting applications request
   * @param sharePercent that sum as percent of the budget; {@code null} without a budget
   * @param oversubscribed whether the county as a whole requests more than the budget
   */
  public record MunicipalCallPressure(
      UUID programmeId,
      String programmeTitle,
      UUID callId,
      String callTitle,
      BigDecimal budget,
      String ags,
      BigDecimal requested,
      long applications,
      BigDecimal sharePercent,
      BigDecimal countyRequested,
      long countyApplications,
      boolean oversubscribed) {

    static MunicipalCallPressure of(CallPressure call, String ags, Demand own) {
      boolean budgeted = call.budget() != null && call.budget().signum() > 0;
      return new MunicipalCallPressure(
          call.programmeId(),
          call.programmeTitle(),
          call.callId(),
          call.callTitle(),
          call.budget(),
          ags,
          own.requested(),
          own.applications(),
          budgeted
              ? own.requested()
                  .multiply(BigDecimal.valueOf(100))
                  .divide(call.budget(), 2, RoundingMode.HALF_UP)
              : null,
          call.requested(),
          call.applications(),
          call.oversubscribed());
    }
  }
}

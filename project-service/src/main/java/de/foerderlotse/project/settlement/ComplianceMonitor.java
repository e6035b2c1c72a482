package de.foerderlotse.project.settlement;

import de.foerderlotse.platform.claim.Claims;
import de.foerderlotse.project.alert.AlertService;
import de.foerderlotse.project.alert.domain.AlertDraft;
import de.foerderlotse.project.alert.domain.AlertType;
import de.foerderlotse.project.alert.domain.Severity;
import de.foerderlotse.project.alert.domain.Subject;
import de.foerderlotse.project.application.ApplicationUpdated;
import de.foerderlotse.project.application.domain.Application;
import de.foerderlotse.project.application.domain.ApplicationStatus;
import de.foerderlotse.project.readmodel.ProgrammeCatalogue.ProgrammeTermsChanged;
import de.foerderlotse.project.settlement.domain.CheckStatus;
import de.foerderlotse.project.settlement.domain.ChecklistItem;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Re-evaluates checklists when an application, its payouts, expenses or its programme change, and
 * daily for the time-based items; raises one COMPLIANCE_WARNING per item and change into WARNING or
 * VIOLATION. The item's state row is locked while compared, and the alert's dedup key carries the
 * number of the change, so repeated evaluation, re-delivered events and replicas raise it exactly
 * once.
 */
@ApplicationScoped
public class ComplianceMonitor {

  private static final Logger LOG = Logger.getLogger(ComplianceMonitor.class);

  /** Applications whose compliance is watched: submitted and not yet settled or stopped. */
  static final List<ApplicationStatus> WATCHED =
      List.of(
          ApplicationStatus.SUBMITTED,
          ApplicationStatus.APPROVED,
          ApplicationStatus.IN_IMPLEMENTATION,
          ApplicationStatus.PROOF_OF_USE_SUBMITTED);

  private final EntityManager entityManager;
  private final ComplianceService compliance;
  private final AlertService alerts;
  private final Claims claims;

  public ComplianceMonitor(
      EntityManager entityManager,
      ComplianceService compliance,
      AlertService alerts,
      Claims claims) {
    this.entityManager = entityManager;
    this.claims = claims;
    this.compliance = compliance;
    this.alerts = alerts;
  }

  void onApplicationUpdated(@Observes ApplicationUpdated updated) {
    Application application = updated.application();
    Set<Application> affected = new LinkedHashSet<>();
    affected.add(application);
    // Cumulation spans the project: a change here can change the others' items.
    affected.addAll(
        Application.<Application>list(
            "projectId = ?1 and id <> ?2 and status in ?3",
            application.projectId,
            application.id,
            WATCHED));
    affected.forEach(this::evaluate);
  }

  void onProgrammeChanged(@Observes ProgrammeTermsChanged change) {
    Application.<Application>list("programmeId = ?1 and status in ?2", change.after().id(), WATCHED)
        .forEach(this::evaluate);
  }

  @Scheduled(
      every = "${foerderlotse.settlement.evaluation-interval:24h}",
      delayed = "${foerderlotse.settlement.evaluation-delay:60s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    try {
      run();
    } catch (RuntimeException e) {
      LOG.warnf("Compliance evaluation paused, will retry: %s", e.getMessage());
    }
  }

  /**
   * Evaluates every watched application, each in its own transaction.
   *
   * @return how many alerts this pass raised
   */
  public int run() {
    List<UUID> ids =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    Application.<Application>list("status in ?1", WATCHED).stream()
                        .map(a -> a.id)
                        .toList());
    int raised = 0;
    for (UUID id : ids) {
      raised +=
          QuarkusTransaction.requiringNew()
              .call(
                  () -> {
                    Application a = Application.findById(id);
                    return a == null ? 0 : evaluate(a);
                  });
    }
    return raised;
  }

  /** Evaluates one application and raises alerts for items that changed into a problem. */
  int evaluate(Application application) {
    if (!WATCHED.contains(application.status)) {
      return 0;
    }
    int raised = 0;
    for (ChecklistItem item : compliance.evaluate(application)) {
      int change = changed(application, item);
      if (change > 0 && item.status().needsAction()) {
        raised += raise(application, item, change) ? 1 : 0;
      }
    }
    return raised;
  }

  /** Records the item's status; returns the number of this change, or 0 if nothing changed. */
  private int changed(Application application, ChecklistItem item) {
    return claims.underLock(
        "compliance_state",
        Map.of("application_id", application.id, "code", item.code()),
        Map.of("status", "OK", "changes", 0, "updated_at", new Claims.Sql("now()")),
        List.of("status", "changes"),
        state -> {
          if (item.status().name().equals(state[0])) {
            return 0;
          }
          int change = ((Number) state[1]).intValue() + 1;
          entityManager
              .createNativeQuery(
                  "update compliance_state set status = :status, changes = :changes,"
                      + " updated_at = now() where application_id = :app and code = :code")
              .setParameter("status", item.status().name())
              .setParameter("changes", change)
              .setParameter("app", application.id)
              .setParameter("code", item.code())
              .executeUpdate();
          return change;
        });
  }

  private boolean raise(Application application, ChecklistItem item, int change) {
    return alerts
        .raise(
            new AlertDraft(
                AlertType.COMPLIANCE_WARNING,
                item.status() == CheckStatus.VIOLATION ? Severity.CRITICAL : Severity.WARNING,
                List.of(application.ags),
                true,
                List.of(
                    Subject.application(application.id, application.projectTitle),
                    Subject.project(application.projectId, application.projectTitle)),
                (item.status() == CheckStatus.VIOLATION ? "Verstoß" : "Warnung")
                    + " bei „"
                    + application.projectTitle
                    + "“ – "
                    + item.title()
                    + ": "
                    + item.advice(),
                "COMPLIANCE:" + application.id + ":" + item.code() + ":" + change))
        .isPresent();
  }
}

package de.foerderlotse.project.settlement;

import de.foerderlotse.platform.problem.DomainException;
import de.foerderlotse.project.application.ApplicationService;
import de.foerderlotse.project.application.ApplicationUpdated;
import de.foerderlotse.project.application.domain.Application;
import de.foerderlotse.project.common.Tenancy;
import de.foerderlotse.project.settlement.domain.BudgetLine;
import de.foerderlotse.project.settlement.domain.Expense;
import de.foerderlotse.project.settlement.domain.ProofKind;
import de.foerderlotse.project.settlement.domain.ProofOfUseSubmission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/**
 * Records the settlement of a granted application: expenses, approved budget lines and submitted
 * proofs. Each change is announced in its transaction, so deadlines and the compliance checklist
 * follow it.
 */
@ApplicationScoped
public class SettlementService {

  /** One approved budget line as stated. */
  public record NewBudgetLine(String code, String label, BigDecimal approvedAmount) {}

  private final ApplicationService applications;
  private final Tenancy tenancy;
  private final Event<ApplicationUpdated> updated;
  private final Clock clock;

  public SettlementService(
      ApplicationService applications,
      Tenancy tenancy,
      Event<ApplicationUpdated> updated,
      Clock clock) {
    this.applications = applications;
    this.tenancy = tenancy;
    this.updated = updated;
    this.clock = clock;
  }

  @Transactional
  public Expense recordExpense(UUID applicationId, Expense.Details details) {
    Application application = applications.get(applicationId);
    if (details.budgetLine() != null
        && !details.budgetLine().isBlank()
        && BudgetLine.count(
                "applicationId = ?1 and code = ?2", application.id, details.budgetLine().strip())
            == 0) {
      throw DomainException.unprocessable(
          "Der Einzelansatz „" + details.budgetLine() + "“ ist für diesen Antrag nicht erfasst.");
    }
    Expense expense = Expense.record(application, details, now(), tenancy.who());
    expense.persist();
    changed(application);
    return expense;
  }

  @Transactional
  public List<Expense> expenses(UUID applicationId) {
    applications.get(applicationId);
    return Expense.list("applicationId = ?1 order by invoiceDate, id", applicationId);
  }

  @Transactional
  public void deleteExpense(UUID applicationId, UUID expenseId) {
    Application application = applications.get(applicationId);
    Expense expense =
        Expense.<Expense>find("id = ?1 and applicationId = ?2", expenseId, applicationId)
            .firstResultOptional()
            .orElseThrow(() -> DomainException.notFound("Ausgabe", expenseId));
    Expense.requireSettling(application);
    long linked =
        (Long)
            Expense.getEntityManager()
                .createNativeQuery("select count(*) from payout_expense where expense_id = :e")
                .setParameter("e", expenseId)
                .getSingleResult();
    if (linked > 0) {
      throw DomainException.conflict(
          "Die Ausgabe ist einem Mittelabruf zugeordnet und kann nicht gelöscht werden.");
    }
    expense.delete();
    changed(application);
  }

  /** Replaces the approved budget lines (as in the grant notice or an amendment). */
  @Transactional
  public List<BudgetLine> replaceBudgetLines(UUID applicationId, List<NewBudgetLine> lines) {
    Application application = applications.get(applicationId);
    // Concurrent replaces of the same lines wait for each other instead of colliding on the
    // unique key or deadlocking; the refresh reads the state the previous one committed.
    BudgetLine.getEntityManager().refresh(application, LockModeType.PESSIMISTIC_WRITE);
    if (!application.status.isGranted()) {
      throw DomainException.conflict(
          "Einzelansätze gibt es erst mit dem Zuwendungsbescheid; der Antrag ist im Status „"
              + application.status.label()
              + "“.");
    }
    if (lines.stream().map(l -> l.code().strip()).distinct().count() != lines.size()) {
      throw DomainException.unprocessable("Jeder Einzelansatz braucht einen eigenen Schlüssel.");
    }
    BigDecimal total =
        lines.stream().map(NewBudgetLine::approvedAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (total.compareTo(application.eligibleCost) > 0) {
      throw DomainException.unprocessable(
          "Die Einzelansätze übersteigen zusammen die zuwendungsfähigen Ausgaben.");
    }
    var unknown = new HashSet<String>();
    Expense.<Expense>list("applicationId = ?1 and budgetLine is not null", application.id)
        .forEach(e -> unknown.add(e.budgetLine));
    lines.forEach(l -> unknown.remove(l.code().strip()));
    if (!unknown.isEmpty()) {
      throw DomainException.unprocessable(
          "Ausgaben sind noch auf die Einzelansätze "
              + String.join(", ", unknown.stream().sorted().toList())
              + " gebucht; diese können nicht entfallen.");
    }
    BudgetLine.delete("applicationId", application.id);
    BudgetLine.getEntityManager().flush();
    List<BudgetLine> stored =
        lines.stream()
            .map(l -> BudgetLine.of(application.id, l.code(), l.label(), l.approvedAmount()))
            .toList();
    stored.forEach(l -> l.persist());
    changed(application);
    return stored;
  }

  @Transactional
  public List<BudgetLine> budgetLines(UUID applicationId) {
    applications.get(applicationId);
    return BudgetLine.list("applicationId = ?1 order by code", applicationId);
  }

  @Transactional
  public ProofOfUseSubmission recordProof(
      UUID applicationId, ProofKind kind, Integer budgetYear, LocalDate submittedOn) {
    Application application = applications.get(applicationId);
    if (!application.status.isGranted()) {
      throw DomainException.conflict(
          "Nachweise gibt es nur zu bewilligten Anträgen, nicht im Status „"
              + application.status.label()
              + "“.");
    }
    if (kind == ProofKind.INTERIM && budgetYear == null) {
      throw DomainException.unprocessable("Ein Zwischennachweis braucht das Haushaltsjahr.");
    }
    if (kind == ProofKind.INTERIM
        && application.approvalStart != null
        && (budgetYear < application.approvalStart.getYear()
            || budgetYear > application.approvalEnd.getYear())) {
      throw DomainException.unprocessable(
          "Das Haushaltsjahr " + budgetYear + " liegt nicht im Bewilligungszeitraum.");
    }
    Integer year = kind == ProofKind.INTERIM ? budgetYear : null;
    boolean exists =
        ProofOfUseSubmission.<ProofOfUseSubmission>list("applicationId", application.id).stream()
            .anyMatch(p -> p.kind == kind && java.util.Objects.equals(p.budgetYear, year));
    if (exists) {
      throw DomainException.conflict(
          kind == ProofKind.INTERIM
              ? "Der Zwischennachweis für " + budgetYear + " ist bereits erfasst."
              : "Der Verwendungsnachweis ist bereits erfasst.");
    }
    ProofOfUseSubmission proof =
        ProofOfUseSubmission.of(application.id, kind, year, submittedOn, now(), tenancy.who());
    proof.persist();
    changed(application);
    return proof;
  }

  @Transactional
  public List<ProofOfUseSubmission> proofs(UUID applicationId) {
    applications.get(applicationId);
    return ProofOfUseSubmission.list("applicationId = ?1 order by submittedOn, id", applicationId);
  }

  private void changed(Application application) {
    Application.getEntityManager().flush();
    updated.fire(new ApplicationUpdated(application, application.status));
  }

  private Instant now() {
    return Instant.now(clock);
  }
}

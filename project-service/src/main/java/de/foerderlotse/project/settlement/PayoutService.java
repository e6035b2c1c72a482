package de.foerderlotse.project.settlement;

import de.foerderlotse.platform.problem.DomainException;
import de.foerderlotse.project.application.ApplicationService;
import de.foerderlotse.project.application.ApplicationUpdated;
import de.foerderlotse.project.application.domain.Application;
import de.foerderlotse.project.application.domain.PayoutRequest;
import de.foerderlotse.project.common.Tenancy;
import de.foerderlotse.project.settlement.domain.Expense;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Records payout requests and the expenses they are for; each one adds a spending-window deadline.
 */
@ApplicationScoped
public class PayoutService {

  private final ApplicationService applications;
  private final Tenancy tenancy;
  private final Event<ApplicationUpdated> updated;
  private final Clock clock;

  public PayoutService(
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
  public PayoutRequest record(
      UUID applicationId, BigDecimal amount, LocalDate receivedOn, Set<UUID> expenseIds) {
    Application application = applications.get(applicationId);
    Set<UUID> forExpenses = expenseIds == null ? Set.of() : Set.copyOf(expenseIds);
    if (!forExpenses.isEmpty()
        && Expense.count("applicationId = ?1 and id in ?2", applicationId, forExpenses)
            != forExpenses.size()) {
      throw DomainException.unprocessable(
          "Der Mittelabruf nennt Ausgaben, die zu diesem Antrag nicht erfasst sind.");
    }
    PayoutRequest payout =
        PayoutRequest.record(
            application,
            list(applicationId),
            amount,
            receivedOn,
            Instant.now(clock),
            tenancy.who());
    payout.expenseIds.addAll(forExpenses);
    payout.persist();
    updated.fire(new ApplicationUpdated(application, application.status));
    return payout;
  }

  @Transactional
  public List<PayoutRequest> list(UUID applicationId) {
    applications.get(applicationId);
    return PayoutRequest.list("applicationId = ?1 order by receivedOn, id", applicationId);
  }
}

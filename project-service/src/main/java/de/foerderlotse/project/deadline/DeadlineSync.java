package de.foerderlotse.project.deadline;

import de.foerderlotse.project.application.ApplicationUpdated;
import de.foerderlotse.project.application.domain.Application;
import de.foerderlotse.project.application.domain.PayoutRequest;
import de.foerderlotse.project.deadline.domain.Deadline;
import de.foerderlotse.project.deadline.domain.DeadlinePlan;
import de.foerderlotse.project.deadline.domain.PlannedDeadline;
import de.foerderlotse.project.readmodel.ProgrammeCatalogue;
import de.foerderlotse.project.readmodel.domain.ProgrammeTerms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps an application's stored deadlines in step with their derivation, in the transaction of the
 * change that caused it.
 */
@ApplicationScoped
public class DeadlineSync {

  /** A deadline whose due date moved. */
  public record Moved(Deadline deadline, LocalDate before) {}

  private final ProgrammeCatalogue catalogue;
  private final DeadlinePlan plan;
  private final DeadlineConfig config;
  private final Clock clock;

  public DeadlineSync(ProgrammeCatalogue catalogue, DeadlineConfig config, Clock clock) {
    this.catalogue = catalogue;
    this.config = config;
    this.plan = new DeadlinePlan(config.zone(), config.interimProofMonthsAfterYearEnd());
    this.clock = clock;
  }

  void onApplicationUpdated(@Observes ApplicationUpdated updated) {
    catalogue
        .terms(updated.application().programmeId)
        .ifPresent(t -> sync(updated.application(), t));
  }

  /**
   * Recomputes the deadlines of {@code application} under {@code programme}.
   *
   * @return the deadlines whose due date moved
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<Moved> sync(Application application, ProgrammeTerms programme) {
    Instant now = Instant.now(clock);
    LocalDate today = LocalDate.ofInstant(now, config.zone());
    Map<String, Deadline> existing = new HashMap<>();
    Deadline.<Deadline>list("applicationId", application.id)
        .forEach(d -> existing.put(d.sourceKey, d));
    List<Moved> moved = new ArrayList<>();
    List<PayoutRequest> payouts = PayoutRequest.list("applicationId", application.id);
    for (PlannedDeadline planned : plan.derive(application, programme, payouts)) {
      Deadline deadline = existing.remove(planned.key());
      if (deadline == null) {
        deadline = Deadline.of(application, planned, now);
        deadline.follow(application.status, now);
        deadline.persist();
        continue;
      }
      LocalDate before = deadline.dueDate;
      if (deadline.adopt(planned, today, now)) {
        moved.add(new Moved(deadline, before));
      }
      deadline.follow(application.status, now);
    }
    existing.values().forEach(d -> d.dropped(now));
    return moved;
  }
}

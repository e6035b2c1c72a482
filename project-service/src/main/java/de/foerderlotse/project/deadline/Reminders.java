package de.foerderlotse.project.deadline;

import de.foerderlotse.platform.claim.Claims;
import de.foerderlotse.project.alert.AlertService;
import de.foerderlotse.project.alert.domain.AlertDraft;
import de.foerderlotse.project.alert.domain.AlertType;
import de.foerderlotse.project.alert.domain.Severity;
import de.foerderlotse.project.alert.domain.Subject;
import de.foerderlotse.project.deadline.domain.Deadline;
import de.foerderlotse.project.deadline.domain.DeadlineStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Raises deadline reminders at the configured offsets and overdue alerts. Each reminder is claimed
 * by inserting its (deadline, reminder) row in the transaction that raises the alert, so it goes
 * out exactly once across runs, restarts and replicas; only the nearest offset not yet passed
 * fires, so a deadline created late does not get every earlier reminder at once.
 */
@ApplicationScoped
public class Reminders {

  private static final Logger LOG = Logger.getLogger(Reminders.class);
  private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private final Claims claims;
  private final AlertService alerts;
  private final DeadlineConfig config;
  private final Clock clock;

  public Reminders(Claims claims, AlertService alerts, DeadlineConfig config, Clock clock) {
    this.claims = claims;
    this.alerts = alerts;
    this.config = config;
    this.clock = clock;
  }

  @Scheduled(
      every = "${foerderlotse.deadlines.reminder-interval:1h}",
      delayed = "${foerderlotse.deadlines.reminder-delay:30s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    try {
      run();
    } catch (RuntimeException e) {
      LOG.warnf("Deadline reminders paused, will retry: %s", e.getMessage());
    }
  }

  /**
   * One pass over the open deadlines due within the largest offset (or overdue).
   *
   * @return how many alerts this pass raised
   */
  public int run() {
    LocalDate today = LocalDate.now(clock.withZone(config.zone()));
    int horizon = config.reminderOffsets().stream().mapToInt(Integer::intValue).max().orElse(0);
    List<UUID> due =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    Deadline.<Deadline>find(
                            "status = ?1 and dueDate <= ?2",
                            DeadlineStatus.OPEN,
                            today.plusDays(horizon))
                        .stream()
                        .map(d -> d.id)
                        .toList());
    int raised = 0;
    for (UUID id : due) {
      if (QuarkusTransaction.requiringNew().call(() -> remind(id, today))) {
        raised++;
      }
    }
    return raised;
  }

  private boolean remind(UUID id, LocalDate today) {
    Deadline deadline = Deadline.findById(id);
    if (deadline == null || !deadline.isOpen()) {
      return false;
    }
    long daysLeft = ChronoUnit.DAYS.between(today, deadline.dueDate);
    if (daysLeft < 0) {
      deadline.status = DeadlineStatus.MISSED;
      return claimAndRaise(deadline, "OVERDUE", key -> overdue(deadline, key));
    }
    Optional<Integer> offset =
        config.reminderOffsets().stream().filter(o -> daysLeft <= o).min(Integer::compare);
    return offset.isPresent()
        && claimAndRaise(deadline, offset.get() + "d", key -> reminder(deadline, daysLeft, key));
  }

  private boolean claimAndRaise(
      Deadline deadline, String offset, Function<String, AlertDraft> draft) {
    // The due date is part of the key: a deadline that moved is reminded of again.
    String reminder = offset + "@" + deadline.dueDate;
    boolean claimed =
        claims.claimOnce(
            "deadline_reminder",
            Map.of(
                "deadline_id",
                deadline.id,
                "reminder",
                reminder,
                "alert_id",
                UUID.randomUUID(),
                "sent_at",
                new Claims.Sql("now()")),
            "");
    if (!claimed) {
      return false;
    }
    return alerts.raise(draft.apply("DEADLINE:" + deadline.id + ":" + reminder)).isPresent();
  }

  private static AlertDraft reminder(Deadline deadline, long daysLeft, String dedupKey) {
    String when = daysLeft == 0 ? "heute" : daysLeft == 1 ? "morgen" : "in " + daysLeft + " Tagen";
    return new AlertDraft(
        AlertType.DEADLINE_REMINDER,
        daysLeft <= 7 ? Severity.WARNING : Severity.INFO,
        List.of(deadline.ags),
        true,
        subjects(deadline),
        "Erinnerung: „"
            + deadline.title
            + "“ ist "
            + when
            + " fällig (am "
            + deadline.dueDate.format(GERMAN)
            + ").",
        dedupKey);
  }

  private static AlertDraft overdue(Deadline deadline, String dedupKey) {
    return new AlertDraft(
        AlertType.DEADLINE_OVERDUE,
        Severity.CRITICAL,
        List.of(deadline.ags),
        true,
        subjects(deadline),
        "Frist versäumt: „"
            + deadline.title
            + "“ war am "
            + deadline.dueDate.format(GERMAN)
            + " fällig.",
        dedupKey);
  }

  private static List<Subject> subjects(Deadline deadline) {
    return List.of(
        Subject.application(deadline.applicationId, deadline.title),
        Subject.deadline(deadline.id, deadline.title));
  }
}

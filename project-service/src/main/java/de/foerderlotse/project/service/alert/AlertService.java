package de.foerderlotse.project.service.alert;

import de.foerderlotse.platform.problem.DomainException;
import de.foerderlotse.project.domain.alert.Alert;
import de.foerderlotse.project.domain.alert.AlertDraft;
import de.foerderlotse.project.events.AlertEvents;
import de.foerderlotse.project.service.Tenancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Raises alerts once per dedup key and publishes them on {@code project.alert.v1}. */
@ApplicationScoped
public class AlertService {

  private final EntityManager entityManager;
  private final AlertEvents events;
  private final Clock clock;

  public AlertService(EntityManager entityManager, AlertEvents events, Clock clock) {
    this.entityManager = entityManager;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Raises the alert unless one with the same dedup key exists. The key is claimed with an insert
   * that skips on conflict, so concurrent raisers (other replicas) cannot both succeed.
   *
   * @return the new alert; empty when it was raised before
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<Alert> raise(AlertDraft draft) {
    Alert alert = Alert.of(draft, Instant.now(clock));
    int inserted =
        entityManager
            .createNativeQuery(
                "insert into alert (id, type, severity, municipalities, county, subjects, message,"
                    + " dedup_key, created_at) values (:id, :type, :severity, '[]'::jsonb, :county,"
                    + " '[]'::jsonb, :message, :dedupKey, :createdAt)"
                    + " on conflict (dedup_key) do nothing")
            .setParameter("id", alert.id)
            .setParameter("type", alert.type.name())
            .setParameter("severity", alert.severity.name())
            .setParameter("county", alert.county)
            .setParameter("message", alert.message)
            .setParameter("dedupKey", alert.dedupKey)
            .setParameter("createdAt", alert.createdAt)
            .executeUpdate();
    if (inserted == 0) {
      return Optional.empty();
    }
    // The row exists now; the entity fills in the JSON columns on flush.
    Alert stored = entityManager.find(Alert.class, alert.id);
    stored.municipalities = alert.municipalities;
    stored.subjects = alert.subjects;
    entityManager.flush();
    events.raised(stored);
    return Optional.of(stored);
  }

  /** Marks an alert as dealt with; a municipality only its own. */
  @Transactional
  public Alert resolve(UUID id, Tenancy tenancy) {
    Alert alert =
        Alert.<Alert>findByIdOptional(id)
            .filter(a -> tenancy.confinedTo().map(a.municipalities::contains).orElse(true))
            .orElseThrow(() -> DomainException.notFound("Hinweis", id));
    alert.resolve(Instant.now(clock), tenancy.who());
    return alert;
  }
}

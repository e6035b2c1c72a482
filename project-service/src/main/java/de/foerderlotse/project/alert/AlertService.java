package de.foerderlotse.project.alert;

import de.foerderlotse.platform.claim.Claims;
import de.foerderlotse.platform.problem.DomainException;
import de.foerderlotse.project.alert.domain.Alert;
import de.foerderlotse.project.alert.domain.AlertDraft;
import de.foerderlotse.project.alert.events.AlertEvents;
import de.foerderlotse.project.common.Tenancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Raises alerts once per dedup key and publishes them on {@code project.alert.v1}. */
@ApplicationScoped
public class AlertService {

  private final EntityManager entityManager;
  private final AlertEvents events;
  private final Clock clock;

  private static final Claims.Sql EMPTY_JSON = new Claims.Sql("'[]'::jsonb");

  private final Claims claims;

  public AlertService(EntityManager entityManager, AlertEvents events, Clock clock, Claims claims) {
    this.entityManager = entityManager;
    this.claims = claims;
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
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", alert.id);
    row.put("type", alert.type.name());
    row.put("severity", alert.severity.name());
    row.put("municipalities", EMPTY_JSON);
    row.put("county", alert.county);
    row.put("subjects", EMPTY_JSON);
    row.put("message", alert.message);
    row.put("dedup_key", alert.dedupKey);
    row.put("created_at", alert.createdAt);
    boolean inserted = claims.claimOnce("alert", row, "(dedup_key)");
    if (!inserted) {
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

package de.foerderlotse.platform.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Outbox rows the relay gave up on. Their number is kept in memory (refreshed after each relay run)
 * so the metric and the health check never wait for the database; an administrator retries or drops
 * a row, and each decision is written to {@code outbox_audit}.
 */
@ApplicationScoped
@Startup
public class ParkedEvents {

  /** Micrometer gauge of parked rows; Prometheus shows it as {@code foerderlotse_outbox_parked}. */
  public static final String METRIC = "foerderlotse.outbox.parked";

  private final EntityManager entityManager;
  private final Clock clock;
  private final AtomicLong count = new AtomicLong();

  public ParkedEvents(EntityManager entityManager, Clock clock, MeterRegistry registry) {
    this.entityManager = entityManager;
    this.clock = clock;
    registry.gauge(METRIC, count);
  }

  /** What an administrator sees of a parked row. */
  public record Parked(
      long seq,
      String eventId,
      String topic,
      String aggregateId,
      String type,
      int attempts,
      Instant parkedAt,
      String lastError) {

    static Parked of(OutboxEvent e) {
      return new Parked(
          e.seq,
          e.eventId.toString(),
          e.topic,
          e.aggregateId,
          e.type,
          e.attempts,
          e.parkedAt,
          e.lastError);
    }
  }

  /** Parked rows counted at the end of the last relay run. */
  public long count() {
    return count.get();
  }

  @Transactional
  public void refreshCount() {
    Number parked =
        (Number)
            entityManager
                .createNativeQuery("select count(*) from outbox_event where parked_at is not null")
                .getSingleResult();
    count.set(parked.longValue());
  }

  @Transactional
  public List<Parked> list() {
    return OutboxEvent.<OutboxEvent>list("parkedAt is not null order by seq").stream()
        .map(Parked::of)
        .toList();
  }

  /** Puts a parked row back in line with fresh attempts; empty when no such row is parked. */
  @Transactional
  public Optional<Parked> retry(long seq, String actor) {
    return findParked(seq)
        .map(
            event -> {
              audit(event, "RETRY", actor);
              Parked before = Parked.of(event);
              event.parkedAt = null;
              event.attempts = 0;
              count.updateAndGet(n -> Math.max(0, n - 1));
              return before;
            });
  }

  /** Removes a parked row; its body stays in the audit entry. */
  @Transactional
  public Optional<Parked> drop(long seq, String actor) {
    return findParked(seq)
        .map(
            event -> {
              audit(event, "DROP", actor);
              Parked before = Parked.of(event);
              event.delete();
              count.updateAndGet(n -> Math.max(0, n - 1));
              return before;
            });
  }

  private Optional<OutboxEvent> findParked(long seq) {
    return OutboxEvent.<OutboxEvent>findByIdOptional(seq).filter(e -> e.parkedAt != null);
  }

  private void audit(OutboxEvent event, String action, String actor) {
    entityManager
        .createNativeQuery(
            "insert into outbox_audit (event_seq, event_id, topic, aggregate_id, action, actor,"
                + " acted_at, last_error, payload) values (:seq, :eventId, :topic, :aggregate,"
                + " :action, :actor, :at, :error, cast(:payload as jsonb))")
        .setParameter("seq", event.seq)
        .setParameter("eventId", event.eventId)
        .setParameter("topic", event.topic)
        .setParameter("aggregate", event.aggregateId)
        .setParameter("action", action)
        .setParameter("actor", actor)
        .setParameter("at", Instant.now(clock))
        .setParameter("error", event.lastError)
        .setParameter("payload", event.payload)
        .executeUpdate();
  }
}

package de.foerderlotse.platform.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Relays committed outbox events to Kafka. Only one relay of a service works at a time: each batch
 * transaction first takes a PostgreSQL advisory lock, so with several replicas the versions of one
 * aggregate still reach Kafka in the order they were written. A row is marked published only after
 * the broker acknowledged it (acks=all, idempotent producer); a failed row counts an attempt in the
 * same, committed transaction, and a row the broker refuses for good is parked after {@code
 * foerderlotse.outbox.max-attempts} so the rows behind it keep flowing.
 */
@ApplicationScoped
public class OutboxRelay {

  private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

  /** Advisory lock key of the relay leader; each service has its own database. */
  static final long LEADER_LOCK = 0x6f7574626f78L;

  private static final int LOCK_BUSY = -1;

  private final EntityManager entityManager;
  private final MutinyEmitter<String> emitter;
  private final OutboxConfig config;
  private final Clock clock;
  private final ParkedEvents parked;

  public OutboxRelay(
      EntityManager entityManager,
      @Channel("outbox") MutinyEmitter<String> emitter,
      OutboxConfig config,
      Clock clock,
      ParkedEvents parked) {
    this.entityManager = entityManager;
    this.emitter = emitter;
    this.config = config;
    this.clock = clock;
    this.parked = parked;
  }

  /**
   * Publishes everything pending, batch by batch; asked for by {@link OutboxWakeUp}.
   *
   * @return true when it stopped because another relay holds the leader lock, so rows committed
   *     meanwhile may still wait and the caller should try again shortly
   */
  public boolean relayPending() {
    try {
      int relayed;
      do {
        relayed = QuarkusTransaction.requiringNew().call(this::relayBatch);
      } while (relayed == config.batchSize());
      parked.refreshCount();
      return relayed == LOCK_BUSY;
    } catch (RuntimeException e) {
      LOG.warnf("Outbox relay paused, will retry: %s", e.getMessage());
      return false;
    }
  }

  /**
   * Publishes one batch in the current transaction; returns how many rows it handled, or {@link
   * #LOCK_BUSY} when another relay holds the leader lock.
   */
  int relayBatch() {
    if (!becomeLeader()) {
      return LOCK_BUSY;
    }
    List<OutboxEvent> batch = claimBatch();
    List<Uni<Optional<Throwable>>> outcomes = batch.stream().map(this::send).toList();
    List<Optional<Throwable>> failures =
        outcomes.isEmpty()
            ? List.of()
            : Uni.join().all(outcomes).andFailFast().await().indefinitely();
    Instant now = Instant.now(clock);
    Set<String> heldBack = new HashSet<>();
    for (int i = 0; i < batch.size(); i++) {
      OutboxEvent event = batch.get(i);
      Optional<Throwable> failure = failures.get(i);
      if (failure.isPresent()) {
        heldBack.add(event.aggregateId);
        recordFailure(event, failure.get(), now);
      } else if (!heldBack.contains(event.aggregateId)) {
        event.publishedAt = now;
      }
      // An acknowledged row behind a failed one of its aggregate is sent again after it.
    }
    return batch.size();
  }

  boolean becomeLeader() {
    Object locked =
        entityManager
            .createNativeQuery("select pg_try_advisory_xact_lock(:key)")
            .setParameter("key", LEADER_LOCK)
            .getSingleResult();
    return Boolean.TRUE.equals(locked);
  }

  private Uni<Optional<Throwable>> send(OutboxEvent event) {
    Uni<Void> ack;
    try {
      ack = emitter.sendMessage(toMessage(event));
    } catch (RuntimeException e) {
      ack = Uni.createFrom().failure(e);
    }
    return ack.ifNoItem()
        .after(config.sendTimeout())
        .fail()
        .map(done -> Optional.<Throwable>empty())
        .onFailure()
        .recoverWithItem(Optional::of);
  }

  private void recordFailure(OutboxEvent event, Throwable failure, Instant now) {
    event.attempts++;
    event.lastError = SendFailures.describe(failure);
    if (event.attempts >= config.maxAttempts() && !SendFailures.isTransient(failure)) {
      event.parkedAt = now;
      LOG.errorf(
          "Outbox event %s (seq %d, %s) parked after %d attempts: %s",
          event.eventId, event.seq, event.topic, event.attempts, event.lastError);
    } else {
      LOG.warnf(
          "Outbox event %s not sent (attempt %d): %s",
          event.eventId, event.attempts, event.lastError);
    }
  }

  @SuppressWarnings("unchecked")
  private List<OutboxEvent> claimBatch() {
    return entityManager
        .createNativeQuery(
            "select * from outbox_event where published_at is null and parked_at is null"
                + " order by seq limit :limit for update skip locked",
            OutboxEvent.class)
        .setParameter("limit", config.batchSize())
        .getResultList();
  }

  private Message<String> toMessage(OutboxEvent event) {
    return Message.of(event.payload)
        .addMetadata(
            OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(event.topic)
                .withKey(event.aggregateId)
                .build())
        .addMetadata(
            OutgoingCloudEventMetadata.builder()
                .withId(event.eventId.toString())
                .withType(event.type)
                .withSource(URI.create(config.source()))
                .withSubject(event.aggregateId)
                .withTimestamp(event.occurredAt.atZone(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .build());
  }
}

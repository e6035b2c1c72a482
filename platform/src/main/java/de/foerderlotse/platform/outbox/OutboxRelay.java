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
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Relays committed outbox events to Kafka. Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so
 * several replicas can run the relay at once without publishing a row twice concurrently; a row is
 * marked published only after the broker acknowledged it (acks=all, idempotent producer), so a
 * failed send is retried on the next run (at-least-once; consumers de-duplicate by event id).
 */
@ApplicationScoped
public class OutboxRelay {

  private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

  private final EntityManager entityManager;
  private final MutinyEmitter<String> emitter;
  private final OutboxConfig config;
  private final Clock clock;

  public OutboxRelay(
      EntityManager entityManager,
      @Channel("outbox") MutinyEmitter<String> emitter,
      OutboxConfig config,
      Clock clock) {
    this.entityManager = entityManager;
    this.emitter = emitter;
    this.config = config;
    this.clock = clock;
  }

  /** Publishes everything pending, batch by batch; scheduled by {@link OutboxRelaySchedule}. */
  void relayPending() {
    try {
      int relayed;
      do {
        relayed = QuarkusTransaction.requiringNew().call(this::relayBatch);
      } while (relayed == config.batchSize());
    } catch (RuntimeException e) {
      LOG.warnf("Outbox relay paused, will retry: %s", e.getMessage());
    }
  }

  /** Publishes one batch in the current transaction; returns how many rows it relayed. */
  int relayBatch() {
    List<OutboxEvent> batch = claimBatch();
    if (batch.isEmpty()) {
      return 0;
    }
    batch.forEach(event -> event.attempts++);
    List<Uni<Void>> acks =
        batch.stream().map(event -> emitter.sendMessage(toMessage(event))).toList();
    Uni.join().all(acks).andFailFast().await().atMost(config.sendTimeout());
    Instant now = Instant.now(clock);
    batch.forEach(event -> event.publishedAt = now);
    return batch.size();
  }

  @SuppressWarnings("unchecked")
  private List<OutboxEvent> claimBatch() {
    return entityManager
        .createNativeQuery(
            "select * from outbox_event where published_at is null order by seq"
                + " limit :limit for update skip locked",
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

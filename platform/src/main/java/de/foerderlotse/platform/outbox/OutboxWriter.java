package de.foerderlotse.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Stores an integration event in the caller's transaction. Because the event row commits or rolls
 * back together with the state change, Kafka being down can delay an event but never lose it or
 * fail the user's write.
 */
@ApplicationScoped
public class OutboxWriter {

  private static final String INSERT =
      "insert into outbox_event (event_id, topic, aggregate_id, type, payload, occurred_at)"
          + " values (?, ?, ?, ?, ?::jsonb, ?)";

  /** Marks a transaction whose commit already wakes the relay. */
  private static final Object WAKE_ON_COMMIT = new Object();

  private final EntityManager entityManager;
  private final ObjectMapper json;
  private final Clock clock;
  private final TransactionSynchronizationRegistry transactions;
  private final OutboxWakeUp wakeUp;

  public OutboxWriter(
      EntityManager entityManager,
      ObjectMapper json,
      Clock clock,
      TransactionSynchronizationRegistry transactions,
      OutboxWakeUp wakeUp) {
    this.entityManager = entityManager;
    this.json = json;
    this.clock = clock;
    this.transactions = transactions;
    this.wakeUp = wakeUp;
  }

  /** One event of a batch: its record key (the aggregate id) and its body. */
  public record Pending(String aggregateId, Object payload) {}

  /**
   * Appends an event to the outbox.
   *
   * @param topic versioned topic, e.g. {@code funding.programme.v1}
   * @param type CloudEvents type, e.g. {@code de.foerderlotse.programme.changed.v1}
   * @param aggregateId record key and CloudEvents subject
   * @param payload the event body, serialised as JSON
   * @return the CloudEvents id given to the event
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public UUID append(String topic, String type, String aggregateId, Object payload) {
    OutboxEvent event = new OutboxEvent();
    event.eventId = UUID.randomUUID();
    event.topic = topic;
    event.type = type;
    event.aggregateId = aggregateId;
    event.payload = toJson(payload);
    event.occurredAt = Instant.now(clock);
    event.persist();
    wakeRelayOnCommit();
    return event.eventId;
  }

  /**
   * Appends many events of one topic and type, in their order, with one JDBC batch on the caller's
   * connection. {@link #append} persists one entity per event, whose identity key makes Hibernate
   * insert each row on its own: one round trip per event, which a bulk import cannot afford.
   *
   * @param topic versioned topic, e.g. {@code funding.programme.v1}
   * @param type CloudEvents type, e.g. {@code de.foerderlotse.programme.changed.v1}
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void appendAll(String topic, String type, List<Pending> events) {
    if (events.isEmpty()) {
      return;
    }
    OffsetDateTime occurredAt = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    List<String> payloads = events.stream().map(e -> toJson(e.payload())).toList();
    entityManager
        .unwrap(Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (int i = 0; i < events.size(); i++) {
                  insert.setObject(1, UUID.randomUUID());
                  insert.setString(2, topic);
                  insert.setString(3, events.get(i).aggregateId());
                  insert.setString(4, type);
                  insert.setString(5, payloads.get(i));
                  insert.setObject(6, occurredAt);
                  insert.addBatch();
                }
                insert.executeBatch();
              }
            });
    wakeRelayOnCommit();
  }

  /** Relays the rows right after they are visible to the relay's own transaction. */
  private void wakeRelayOnCommit() {
    if (transactions.getResource(WAKE_ON_COMMIT) != null) {
      return;
    }
    transactions.putResource(WAKE_ON_COMMIT, Boolean.TRUE);
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              wakeUp.request();
            }
          }
        });
  }

  private String toJson(Object payload) {
    try {
      return json.writeValueAsString(payload);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("event payload cannot be serialised", e);
    }
  }
}

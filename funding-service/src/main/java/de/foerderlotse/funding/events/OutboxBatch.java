package de.foerderlotse.funding.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Appends events to this service's outbox table in one JDBC batch, in the caller's transaction and
 * on its connection; the platform's {@code OutboxRelay} publishes them like any other row. The
 * platform's {@code OutboxWriter} persists one entity per event, whose identity key makes Hibernate
 * insert each row on its own (and flush everything pending first): one round trip per event, which
 * a bulk import of thousands of programmes cannot afford.
 */
@ApplicationScoped
public class OutboxBatch {

  private static final String INSERT =
      "insert into outbox_event (event_id, topic, aggregate_id, type, payload, occurred_at)"
          + " values (?, ?, ?, ?, ?::jsonb, ?)";

  private final EntityManager entityManager;
  private final ObjectMapper json;
  private final Clock clock;

  public OutboxBatch(EntityManager entityManager, ObjectMapper json, Clock clock) {
    this.entityManager = entityManager;
    this.json = json;
    this.clock = clock;
  }

  /** One event to append: its record key (the aggregate id) and its body. */
  public record Pending(String aggregateId, Object payload) {}

  /**
   * Appends the events in their order, all of one topic and CloudEvents type.
   *
   * @param topic versioned topic, e.g. {@code funding.programme.v1}
   * @param type CloudEvents type, e.g. {@code de.foerderlotse.programme.changed.v1}
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void append(String topic, String type, List<Pending> events) {
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
  }

  private String toJson(Object payload) {
    try {
      return json.writeValueAsString(payload);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("event payload cannot be serialised", e);
    }
  }
}

package de.foerderlotse.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Stores an integration event in the caller's transaction. Because the event row commits or rolls
 * back together with the state change, Kafka being down can delay an event but never lose it or
 * fail the user's write.
 */
@ApplicationScoped
public class OutboxWriter {

  private final ObjectMapper json;
  private final Clock clock;

  public OutboxWriter(ObjectMapper json, Clock clock) {
    this.json = json;
    this.clock = clock;
  }

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
    return event.eventId;
  }

  private String toJson(Object payload) {
    try {
      return json.writeValueAsString(payload);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("event payload cannot be serialised", e);
    }
  }
}

package de.foerderlotse.project.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.foerderlotse.platform.events.ProcessedEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * The common path of every incoming record: the effect runs in its own transaction together with
 * recording the CloudEvents id, so a re-delivered record changes nothing; a record whose effect
 * fails is nacked and the channel's dead-letter strategy moves it aside with the reason.
 */
@ApplicationScoped
public class EventIntake {

  private static final Logger LOG = Logger.getLogger(EventIntake.class);

  private final ObjectMapper json;
  private final ProcessedEvents processed;

  public EventIntake(ObjectMapper json, ProcessedEvents processed) {
    this.json = json;
    this.processed = processed;
  }

  /** Applies {@code effect} to the payload once per CloudEvents id, then acknowledges. */
  public CompletionStage<Void> apply(
      Message<String> message, String consumer, Consumer<String> effect) {
    try {
      String eventId = cloudEventId(message);
      QuarkusTransaction.requiringNew()
          .run(
              () -> {
                if (processed.recordFirstDelivery(consumer, eventId)) {
                  effect.accept(message.getPayload());
                }
              });
      return message.ack();
    } catch (RuntimeException e) {
      LOG.warnf("Event for %s sent to the dead-letter topic: %s", consumer, e.getMessage());
      return message.nack(e);
    }
  }

  /** Reads the payload as {@code type}; unreadable JSON is a reason for the dead-letter topic. */
  public <T> T parse(String payload, Class<T> type) {
    if (payload == null) {
      throw new IllegalArgumentException("record without value (tombstone) is not applicable");
    }
    try {
      return json.readValue(payload, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("event is not valid JSON: " + e.getOriginalMessage());
    }
  }

  /** The CloudEvents id (binary mode: Kafka header {@code ce_id}); falls back to topic position. */
  private static String cloudEventId(Message<String> message) {
    IncomingKafkaRecordMetadata<?, ?> kafka =
        message.getMetadata(IncomingKafkaRecordMetadata.class).orElseThrow();
    Header id = kafka.getHeaders().lastHeader("ce_id");
    return id != null
        ? new String(id.value(), StandardCharsets.UTF_8)
        : kafka.getTopic() + "/" + kafka.getPartition() + "/" + kafka.getOffset();
  }
}

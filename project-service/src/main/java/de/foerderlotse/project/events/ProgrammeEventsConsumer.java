package de.foerderlotse.project.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.foerderlotse.platform.events.ProcessedEvents;
import de.foerderlotse.project.service.ProgrammeCatalogue;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Applies {@code funding.programme.v1} to the local programme read model. Idempotent twice over: a
 * CloudEvents id seen before is skipped, and a version not newer than the stored one is ignored, so
 * re-delivery and a full replay of the compacted topic are harmless. A record that cannot be
 * applied is nacked and lands on the dead-letter topic with its reason; consumption continues.
 */
@ApplicationScoped
public class ProgrammeEventsConsumer {

  static final String CONSUMER = "project-service.programmes";
  private static final Logger LOG = Logger.getLogger(ProgrammeEventsConsumer.class);

  private final ObjectMapper json;
  private final ProcessedEvents processed;
  private final ProgrammeCatalogue catalogue;

  public ProgrammeEventsConsumer(
      ObjectMapper json, ProcessedEvents processed, ProgrammeCatalogue catalogue) {
    this.json = json;
    this.processed = processed;
    this.catalogue = catalogue;
  }

  @Incoming("programmes")
  @Blocking
  public CompletionStage<Void> consume(Message<String> message) {
    try {
      ProgrammeChanged event = parse(message.getPayload());
      String eventId = cloudEventId(message);
      QuarkusTransaction.requiringNew()
          .run(
              () -> {
                if (processed.recordFirstDelivery(CONSUMER, eventId)) {
                  catalogue.apply(event, message.getPayload());
                }
              });
      return message.ack();
    } catch (RuntimeException e) {
      LOG.warnf("Programme event sent to the dead-letter topic: %s", e.getMessage());
      return message.nack(e);
    }
  }

  private ProgrammeChanged parse(String payload) {
    try {
      ProgrammeChanged event = json.readValue(payload, ProgrammeChanged.class);
      event.requireApplicable();
      return event;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "programme event is not valid JSON: " + e.getOriginalMessage());
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

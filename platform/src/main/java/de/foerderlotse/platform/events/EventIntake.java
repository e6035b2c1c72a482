package de.foerderlotse.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * The common path of every incoming record in every service. The effect runs in its own
 * transaction; a transient failure (database away, lock, concurrent update, timeout) is retried
 * with growing pauses while the channel waits, so no record is skipped; only a record that cannot
 * be read or applied is nacked, and the channel's dead-letter strategy moves it aside with the
 * reason. A record once dead-lettered is remembered by its position ({@link DeadLetterMemory}) and
 * skipped when read again, so a rebuild from a compacted topic does not dead-letter it twice.
 *
 * <p>The pauses block only the consumer's worker thread (consumers are {@code @Blocking}): the
 * connector's own polling thread goes on polling and, once its queue is full, pauses the partitions
 * ({@code pause-if-no-requests}, on by default), so the instance keeps its group membership however
 * long the database is away. The connector's {@code delayed-retry-topic} strategy was not used: it
 * would let later versions of a key overtake the retried one.
 */
@ApplicationScoped
public class EventIntake {

  private static final Logger LOG = Logger.getLogger(EventIntake.class);

  private final ObjectMapper json;
  private final ProcessedEvents processed;
  private final DeadLetterMemory deadLetters;
  private final IntakeConfig config;

  public EventIntake(
      ObjectMapper json,
      ProcessedEvents processed,
      DeadLetterMemory deadLetters,
      IntakeConfig config) {
    this.json = json;
    this.processed = processed;
    this.deadLetters = deadLetters;
    this.config = config;
  }

  /** Applies {@code effect} to the payload once per CloudEvents id, then acknowledges. */
  public CompletionStage<Void> apply(
      Message<String> message, String consumer, Consumer<String> effect) {
    String eventId = cloudEventId(message);
    return process(
        message,
        (id, payload) -> {
          if (processed.recordFirstDelivery(consumer, eventId)) {
            effect.accept(payload);
          }
        });
  }

  /**
   * Runs {@code effect} with the CloudEvents id (null without the header) and the payload, for a
   * consumer that de-duplicates by itself; same retry and dead-letter rules as {@link #apply}.
   */
  public CompletionStage<Void> process(Message<String> message, BiConsumer<String, String> effect) {
    String ceId = header(message, "ce_id");
    Optional<DeadLetterMemory.Position> at = sourcePosition(message);
    Duration pause = config.retryInitial();
    for (int attempt = 1; ; attempt++) {
      try {
        boolean skipped =
            QuarkusTransaction.requiringNew()
                .call(
                    () -> {
                      if (at.isPresent() && deadLetters.isRecorded(at.get())) {
                        return true;
                      }
                      effect.accept(ceId, message.getPayload());
                      return false;
                    });
        if (skipped) {
          LOG.infof("Record %s was dead-lettered before: skipped", position(message));
        }
        return message.ack();
      } catch (RuntimeException e) {
        if (!TransientFailures.isTransient(e)) {
          LOG.warnf(
              "Record %s sent to the dead-letter topic: %s", position(message), e.getMessage());
          at.ifPresent(position -> rememberQuietly(position, message, e));
          return message.nack(e);
        }
        LOG.infof(
            "Record %s hit a transient failure (attempt %d), retrying in %s: %s",
            position(message), attempt, pause, e.getMessage());
        if (!pauseFor(pause)) {
          // Shutting down: neither acked nor dead-lettered, so it is delivered again after restart.
          return CompletableFuture.failedFuture(e);
        }
        pause =
            pause.multipliedBy(2).compareTo(config.retryMax()) > 0
                ? config.retryMax()
                : pause.multipliedBy(2);
      }
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

  private void rememberQuietly(
      DeadLetterMemory.Position position, Message<String> message, RuntimeException reason) {
    try {
      deadLetters.remember(position, key(message), reason.getMessage());
    } catch (RuntimeException e) {
      // Not remembered: a later rebuild dead-letters the record once more, nothing is lost.
      LOG.warnf("Could not remember dead-lettered record %s: %s", position, e.getMessage());
    }
  }

  private static boolean pauseFor(Duration pause) {
    try {
      Thread.sleep(pause.toMillis());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The CloudEvents id (binary mode: Kafka header {@code ce_id}); falls back to topic position. */
  private static String cloudEventId(Message<String> message) {
    String id = header(message, "ce_id");
    return id != null ? id : position(message);
  }

  private static String header(Message<String> message, String name) {
    return message
        .getMetadata(IncomingKafkaRecordMetadata.class)
        .map(kafka -> kafka.getHeaders().lastHeader(name))
        .map(Header::value)
        .map(value -> new String(value, StandardCharsets.UTF_8))
        .orElse(null);
  }

  private static Optional<DeadLetterMemory.Position> sourcePosition(Message<String> message) {
    return message
        .getMetadata(IncomingKafkaRecordMetadata.class)
        .map(k -> new DeadLetterMemory.Position(k.getTopic(), k.getPartition(), k.getOffset()));
  }

  private static String key(Message<String> message) {
    return message
        .getMetadata(IncomingKafkaRecordMetadata.class)
        .map(IncomingKafkaRecordMetadata::getKey)
        .map(String::valueOf)
        .orElse(null);
  }

  private static String position(Message<String> message) {
    return message
        .getMetadata(IncomingKafkaRecordMetadata.class)
        .map(k -> k.getTopic() + "/" + k.getPartition() + "/" + k.getOffset())
        .orElse("(no position)");
  }
}

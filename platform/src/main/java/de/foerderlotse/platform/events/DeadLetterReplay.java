package de.foerderlotse.platform.events;

import de.foerderlotse.platform.problem.DomainException;
import de.foerderlotse.platform.problem.ProblemKind;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

/**
 * Hands records of a dead-letter topic back to the consumer that refused them, at their original
 * topic position, e.g. after the fix of a bug that refused valid events. The records are read
 * through a consumer group of their own, so each is replayed once; every replay is audited.
 */
@ApplicationScoped
public class DeadLetterReplay {

  private static final Logger LOG = Logger.getLogger(DeadLetterReplay.class);
  private static final Duration READ_WITHIN = Duration.ofSeconds(10);
  private static final Duration APPLY_WITHIN = Duration.ofSeconds(30);

  /** What became of one replayed record. */
  public record Replayed(
      String topic, int partition, long offset, String key, String outcome, String reason) {}

  private final IncomingChannels channels;
  private final DeadLetterMemory memory;
  private final DeadLetterTopicReader reader;
  private final ReplayAudit audit;

  public DeadLetterReplay(
      IncomingChannels channels,
      DeadLetterMemory memory,
      DeadLetterTopicReader reader,
      ReplayAudit audit) {
    this.channels = channels;
    this.memory = memory;
    this.reader = reader;
    this.audit = audit;
  }

  /** Replays up to {@code max} records not replayed before, oldest first. */
  public List<Replayed> replay(String deadLetterTopic, int max, String actor) {
    if (!channels.isDeadLetterTopic(deadLetterTopic)) {
      throw new DomainException(
          ProblemKind.NOT_FOUND,
          "Dieser Dienst schreibt nicht in das Dead-Letter-Topic " + deadLetterTopic + ".");
    }
    List<Replayed> replayed = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer = reader.open(deadLetterTopic)) {
      for (ConsumerRecord<String, String> record : reader.next(consumer, max, READ_WITHIN)) {
        Replayed outcome = replayOne(record);
        audit.record(deadLetterTopic, outcome, actor);
        consumer.commitSync(
            Map.of(
                new TopicPartition(record.topic(), record.partition()),
                new OffsetAndMetadata(record.offset() + 1)));
        replayed.add(outcome);
      }
    }
    return replayed;
  }

  private Replayed replayOne(ConsumerRecord<String, String> dead) {
    String topic = header(dead, "dead-letter-topic");
    String partition = header(dead, "dead-letter-partition");
    String offset = header(dead, "dead-letter-offset");
    if (topic == null || partition == null || offset == null) {
      return new Replayed(
          dead.topic(), dead.partition(), dead.offset(), dead.key(), "SKIPPED", "no origin");
    }
    DeadLetterMemory.Position at =
        new DeadLetterMemory.Position(topic, Integer.parseInt(partition), Long.parseLong(offset));
    var channel = channels.bySourceTopic(topic);
    if (channel.isEmpty()) {
      return replayed(at, dead, "SKIPPED", "no consumer of " + topic);
    }
    // Forgotten first: the intake skips remembered positions.
    memory.forget(at);
    AtomicReference<String> refused = new AtomicReference<>();
    try {
      channel
          .get()
          .invoker()
          .consume(original(at, dead, refused))
          .toCompletableFuture()
          .get(APPLY_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      LOG.warnf("Replay of %s failed: %s", at, e.getMessage());
      return replayed(at, dead, "FAILED", String.valueOf(e.getMessage()));
    }
    return refused.get() == null
        ? replayed(at, dead, "APPLIED", null)
        : replayed(at, dead, "REFUSED", refused.get());
  }

  /**
   * The record as the consumer first saw it: origin position, headers minus the dead-letter ones.
   */
  private static Message<String> original(
      DeadLetterMemory.Position at,
      ConsumerRecord<String, String> dead,
      AtomicReference<String> refused) {
    ConsumerRecord<String, String> record =
        new ConsumerRecord<>(at.topic(), at.partition(), at.offset(), dead.key(), dead.value());
    for (Header header : dead.headers()) {
      if (!header.key().startsWith("dead-letter-")) {
        record.headers().add(header);
      }
    }
    return Message.of(
        dead.value(),
        Metadata.of(new IncomingKafkaRecordMetadata<>(record, "dead-letter-replay")),
        () -> CompletableFuture.completedFuture(null),
        reason -> {
          refused.set(String.valueOf(reason.getMessage()));
          return CompletableFuture.completedFuture(null);
        });
  }

  private static Replayed replayed(
      DeadLetterMemory.Position at,
      ConsumerRecord<String, String> dead,
      String outcome,
      String why) {
    return new Replayed(at.topic(), at.partition(), at.offset(), dead.key(), outcome, why);
  }

  private static String header(ConsumerRecord<String, String> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }
}

package de.foerderlotse.municipality.events;

import static org.assertj.core.api.Assertions.assertThat;

import de.foerderlotse.infra.test.TestTopics;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.junit.jupiter.api.Test;

/**
 * A poison record is dead-lettered once: delivered again from the same position of its topic, as a
 * rebuild from the compacted topic would, it is skipped instead of dead-lettered a second time.
 */
@QuarkusTest
class PoisonRecordMemoryTest {

  private static final String DLQ = "municipality.inbox.dlq.v1";
  private static final String POISON = "{ kein JSON";

  @Inject AlertConsumer consumer;

  @Test
  void skipsARecordItDeadLetteredBeforeWhenItIsReadAgain() throws Exception {
    String key = "poison-" + UUID.randomUUID();
    TestTopics.publish(
        AlertRaised.TOPIC,
        key,
        UUID.randomUUID().toString(),
        "de.foerderlotse.alert.raised.v1",
        POISON);
    ConsumerRecord<String, String> dead = TestTopics.awaitRecord(DLQ, r -> key.equals(r.key()));
    String topic = TestTopics.header(dead, "dead-letter-topic");
    int partition = Integer.parseInt(TestTopics.header(dead, "dead-letter-partition"));
    long offset = Long.parseLong(TestTopics.header(dead, "dead-letter-offset"));

    assertThat(redeliver(topic, partition, offset, key)).isEqualTo("acked");
    // The same record at a position never dead-lettered is still refused.
    assertThat(redeliver(topic, partition, offset + 1_000_000, key)).isEqualTo("nacked");
  }

  /** Delivers the poison record as the connector would from the given position. */
  private String redeliver(String topic, int partition, long offset, String key) throws Exception {
    ConsumerRecord<String, String> record =
        new ConsumerRecord<>(topic, partition, offset, key, POISON);
    record.headers().add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
    AtomicReference<String> outcome = new AtomicReference<>("none");
    Message<String> message =
        Message.of(
            POISON,
            Metadata.of(new IncomingKafkaRecordMetadata<>(record, "alerts")),
            () -> {
              outcome.set("acked");
              return CompletableFuture.completedFuture(null);
            },
            reason -> {
              outcome.set("nacked");
              return CompletableFuture.completedFuture(null);
            });
    consumer.consume(message).toCompletableFuture().get(10, TimeUnit.SECONDS);
    return outcome.get();
  }
}

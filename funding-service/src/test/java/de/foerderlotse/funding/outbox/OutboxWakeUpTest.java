package de.foerderlotse.funding.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import de.foerderlotse.infra.test.TestInfrastructure;
import de.foerderlotse.infra.test.TestTopics;
import de.foerderlotse.platform.outbox.OutboxWriter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The relay runs right after a commit that wrote outbox rows, not on its safety-net poll (10 s in
 * the test profile), and relays every row exactly once.
 */
@QuarkusTest
class OutboxWakeUpTest {

  private static final String TOPIC = "funding.wake-up-test.v1";

  @Inject OutboxWriter writer;
  @Inject EntityManager entityManager;

  @Test
  void committedRowReachesTheTopicWellBeforeThePoll() {
    // The first record of a fresh topic waits for its metadata; warm the producer up first.
    String warmUp = "warm-" + UUID.randomUUID();
    write(warmUp, 0);
    TestTopics.awaitRecord(TOPIC, r -> warmUp.equals(r.key()));

    for (int round = 0; round < 3; round++) {
      String key = "wach-" + UUID.randomUUID();
      write(key, round);
      Awaitility.await()
          .atMost(Duration.ofSeconds(2))
          .pollInterval(Duration.ofMillis(50))
          .until(() -> recordsOnTopic().containsKey(key));
    }
  }

  @Test
  void manyCommitsInQuickSuccessionAreEachRelayedOnce() {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String key = "einmal-" + UUID.randomUUID();
      keys.add(key);
      write(key, i);
    }
    Awaitility.await().atMost(Duration.ofSeconds(8)).until(() -> unpublished(keys) == 0);

    Map<String, Long> perKey = recordsOnTopic();
    for (String key : keys) {
      assertThat(perKey.get(key)).as("records on the topic for %s", key).isEqualTo(1L);
    }
  }

  private void write(String key, int version) {
    QuarkusTransaction.requiringNew()
        .run(() -> writer.append(TOPIC, "test.wake-up", key, Map.of("version", version)));
  }

  private long unpublished(List<String> keys) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                        entityManager
                            .createNativeQuery(
                                "select count(*) from outbox_event where aggregate_id in :keys"
                                    + " and published_at is null")
                            .setParameter("keys", keys)
                            .getSingleResult())
                    .longValue());
  }

  /** Reads the whole topic up to its current end; records per key. */
  private Map<String, Long> recordsOnTopic() {
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.kafka().bootstrapServers()),
            new StringDeserializer(),
            new StringDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(TOPIC).stream()
              .map(p -> new TopicPartition(TOPIC, p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      List<ConsumerRecord<String, String>> seen = new ArrayList<>();
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        consumer.poll(Duration.ofMillis(100)).forEach(seen::add);
      }
      return seen.stream()
          .collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
    }
  }
}

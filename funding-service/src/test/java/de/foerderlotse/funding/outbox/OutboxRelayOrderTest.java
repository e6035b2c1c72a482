package de.foerderlotse.funding.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.foerderlotse.infra.test.TestTopics;
import de.foerderlotse.platform.outbox.OutboxRelay;
import de.foerderlotse.platform.outbox.OutboxWriter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Two relays on one database (this service's scheduled one plus two more threads, as replicas would
 * run them) while new versions of the same aggregates keep being written: each key's records must
 * reach the topic in version order, so the compacted topic keeps the newest as its last word.
 */
@QuarkusTest
class OutboxRelayOrderTest {

  private static final String TOPIC = "funding.order-test.v1";
  private static final int AGGREGATES = 4;
  private static final int VERSIONS = 60;

  @Inject OutboxWriter writer;
  @Inject OutboxRelay relay;
  @Inject EntityManager entityManager;

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void concurrentRelaysKeepEveryAggregatesVersionsInOrder() throws Exception {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < AGGREGATES; i++) {
      keys.add("reihenfolge-" + UUID.randomUUID());
    }
    AtomicBoolean writing = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      CompletableFuture<Void> writes =
          CompletableFuture.runAsync(
              () -> {
                for (int v = 0; v < VERSIONS; v++) {
                  int version = v;
                  keys.forEach(
                      key ->
                          QuarkusTransaction.requiringNew()
                              .run(
                                  () ->
                                      writer.append(
                                          TOPIC, "test.order", key, Map.of("version", version))));
                }
                writing.set(false);
              },
              pool);
      CompletableFuture<Void> relayA = CompletableFuture.runAsync(() -> relayWhile(writing), pool);
      CompletableFuture<Void> relayB = CompletableFuture.runAsync(() -> relayWhile(writing), pool);
      CompletableFuture.allOf(writes, relayA, relayB).get(3, TimeUnit.MINUTES);
    } finally {
      pool.shutdownNow();
    }

    List<ConsumerRecord<String, String>> records =
        TestTopics.awaitRecords(TOPIC, r -> keys.contains(r.key()), AGGREGATES * VERSIONS);
    Map<String, List<Integer>> versionsByKey = new LinkedHashMap<>();
    for (ConsumerRecord<String, String> r : records) {
      versionsByKey
          .computeIfAbsent(r.key(), k -> new ArrayList<>())
          .add(json.readTree(r.value()).get("version").asInt());
    }
    for (String key : keys) {
      List<Integer> versions = versionsByKey.get(key);
      assertThat(versions).as("versions of %s in topic order", key).isSorted();
      assertThat(versions.get(versions.size() - 1)).isEqualTo(VERSIONS - 1);
    }
  }

  /** Relays until the writer is done and nothing is pending any more. */
  private void relayWhile(AtomicBoolean writing) {
    while (writing.get() || pending() > 0) {
      relay.relayPending();
    }
  }

  private long pending() {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                        entityManager
                            .createNativeQuery(
                                "select count(*) from outbox_event where topic = :topic"
                                    + " and published_at is null")
                            .setParameter("topic", TOPIC)
                            .getSingleResult())
                    .longValue());
  }
}

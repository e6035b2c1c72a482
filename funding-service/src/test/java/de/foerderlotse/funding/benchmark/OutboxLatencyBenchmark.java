package de.foerderlotse.funding.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import de.foerderlotse.infra.test.TestInfrastructure;
import de.foerderlotse.platform.outbox.OutboxWriter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

/**
 * Not a test but a measurement, run only with {@code -Pbenchmark}: time from the start of a write
 * transaction that appends an outbox row to the record arriving at a consumer of its topic, one
 * write at a time, with the safety-net poll at 10 s (test profile), so every figure under 10 s is
 * the commit wake-up at work.
 */
@QuarkusTest
class OutboxLatencyBenchmark {

  private static final String TOPIC = "funding.latency-bench.v1";
  private static final int WARM_UP = 10;
  private static final int SAMPLES = 100;

  @Inject OutboxWriter writer;

  @Test
  void timesCommitToRecordOnTheTopic() {
    String warmUp = "warm-" + UUID.randomUUID();
    write(warmUp);
    try (KafkaConsumer<String, String> consumer = consumer()) {
      // The topic exists once the first record is on it; read it through to that record.
      consumer.subscribe(List.of(TOPIC));
      awaitKey(consumer, warmUp);
      List<Double> millis = new ArrayList<>();
      for (int i = 0; i < WARM_UP + SAMPLES; i++) {
        String key = "latenz-" + UUID.randomUUID();
        long start = System.nanoTime();
        write(key);
        awaitKey(consumer, key);
        if (i >= WARM_UP) {
          millis.add((System.nanoTime() - start) / 1e6);
        }
      }
      Collections.sort(millis);
      System.out.printf(
          Locale.ROOT,
          "%n=== outbox write -> record on topic, %d samples, poll 10 s ===%n"
              + "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
          SAMPLES,
          at(millis, 0.50),
          at(millis, 0.95),
          at(millis, 0.99),
          millis.get(millis.size() - 1));
      assertThat(at(millis, 0.99)).as("p99 ms, far under the 10 s poll").isLessThan(5_000);
    }
  }

  private void write(String key) {
    QuarkusTransaction.requiringNew()
        .run(() -> writer.append(TOPIC, "test.latency", key, Map.of("v", 1)));
  }

  private static void awaitKey(KafkaConsumer<String, String> consumer, String key) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(5))) {
        if (key.equals(r.key())) {
          return;
        }
      }
    }
    throw new AssertionError("record " + key + " not on " + TOPIC + " within 30 s");
  }

  private static double at(List<Double> sorted, double quantile) {
    return sorted.get((int) Math.ceil(quantile * sorted.size()) - 1);
  }

  private static KafkaConsumer<String, String> consumer() {
    return new KafkaConsumer<>(
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            TestInfrastructure.kafka().bootstrapServers(),
            ConsumerConfig.GROUP_ID_CONFIG,
            "latency-bench-" + UUID.randomUUID(),
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
            "earliest"),
        new StringDeserializer(),
        new StringDeserializer());
  }
}

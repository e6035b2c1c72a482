package de.foerderlotse.municipality.events;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

/** Reads a real topic from the beginning until the wanted records arrived. */
final class TopicReader {

  private TopicReader() {}

  /** Waits until {@code count} records with the key are on the topic, and returns them in order. */
  static List<ConsumerRecord<String, String>> awaitRecords(
      String bootstrapServers, String topic, String key, int count) {
    return awaitRecords(bootstrapServers, topic, r -> key.equals(r.key()), count);
  }

  static List<ConsumerRecord<String, String>> awaitRecords(
      String bootstrapServers,
      String topic,
      Predicate<ConsumerRecord<String, String>> wanted,
      int count) {
    List<ConsumerRecord<String, String>> seen = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG,
                "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest"),
            new StringDeserializer(),
            new StringDeserializer())) {
      consumer.subscribe(List.of(topic));
      Awaitility.await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () -> {
                consumer
                    .poll(Duration.ofMillis(200))
                    .forEach(
                        r -> {
                          if (wanted.test(r)) {
                            seen.add(r);
                          }
                        });
                return seen.size() >= count;
              });
    }
    return seen;
  }

  static String header(ConsumerRecord<String, String> record, String name) {
    var header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }
}

package de.foerderlotse.infra.test;

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
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;

/**
 * Publishes and reads real records on the test JVM's broker ({@link TestInfrastructure#kafka()}),
 * the way the other services would: CloudEvents in binary mode, as Kafka headers.
 */
public final class TestTopics {

  private TestTopics() {}

  /** Publishes a record with CloudEvents headers and waits for the broker's acknowledgement. */
  public static void publish(String topic, String key, String eventId, String type, String value) {
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers(),
                ProducerConfig.ACKS_CONFIG,
                "all"),
            new StringSerializer(),
            new StringSerializer())) {
      ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
      record.headers().add("ce_specversion", bytes("1.0"));
      record.headers().add("ce_id", bytes(eventId));
      record.headers().add("ce_type", bytes(type));
      record.headers().add("ce_source", bytes("/test"));
      record.headers().add("ce_subject", bytes(key));
      producer.send(record).get();
    } catch (Exception e) {
      throw new IllegalStateException("could not publish to " + topic, e);
    }
  }

  /** Publishes with a fresh CloudEvents id. */
  public static void publish(String topic, String key, String type, String value) {
    publish(topic, key, UUID.randomUUID().toString(), type, value);
  }

  /** Reads {@code topic} from the beginning until a record matches, within 30 seconds. */
  public static ConsumerRecord<String, String> awaitRecord(
      String topic, Predicate<ConsumerRecord<String, String>> wanted) {
    return awaitRecords(topic, wanted, 1).get(0);
  }

  /** Reads {@code topic} from the beginning until {@code count} records with the key arrived. */
  public static List<ConsumerRecord<String, String>> awaitRecords(
      String topic, String key, int count) {
    return awaitRecords(topic, r -> key.equals(r.key()), count);
  }

  /** Reads {@code topic} from the beginning until {@code count} records match; in topic order. */
  public static List<ConsumerRecord<String, String>> awaitRecords(
      String topic, Predicate<ConsumerRecord<String, String>> wanted, int count) {
    List<ConsumerRecord<String, String>> seen = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers(),
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

  /** A header's value as text, or {@code null} when the record has no such header. */
  public static String header(ConsumerRecord<String, String> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  private static String bootstrapServers() {
    return TestInfrastructure.kafka().bootstrapServers();
  }

  private static byte[] bytes(String value) {
    return value.getBytes(StandardCharsets.UTF_8);
  }
}

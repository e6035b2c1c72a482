package de.foerderlotse.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads a dead-letter topic for a replay, through the group {@code <service>-dead-letter-replay}:
 * its committed offsets say which records were replayed already.
 */
@ApplicationScoped
public class DeadLetterTopicReader {

  private final String bootstrapServers;
  private final String group;

  public DeadLetterTopicReader(
      @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
      @ConfigProperty(name = "quarkus.application.name") String service) {
    this.bootstrapServers = bootstrapServers;
    this.group = service + "-dead-letter-replay";
  }

  /** A consumer assigned to every partition of the topic, at the group's committed offsets. */
  KafkaConsumer<String, String> open(String topic) {
    KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG,
                group,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                10_000),
            new StringDeserializer(),
            new StringDeserializer());
    Set<TopicPartition> partitions =
        consumer.partitionsFor(topic).stream()
            .map(p -> new TopicPartition(topic, p.partition()))
            .collect(Collectors.toSet());
    consumer.assign(partitions);
    return consumer;
  }

  /** Up to {@code max} records after the committed offsets, stopping at the topic's current end. */
  List<ConsumerRecord<String, String>> next(
      KafkaConsumer<String, String> consumer, int max, Duration within) {
    Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment());
    List<ConsumerRecord<String, String>> records = new ArrayList<>();
    long deadline = System.nanoTime() + within.toNanos();
    while (records.size() < max && !reachedEnd(consumer, end) && System.nanoTime() < deadline) {
      for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
        if (records.size() < max) {
          records.add(record);
        }
      }
    }
    return records;
  }

  private static boolean reachedEnd(
      KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
    return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
  }
}

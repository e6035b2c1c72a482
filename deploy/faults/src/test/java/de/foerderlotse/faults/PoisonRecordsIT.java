package de.foerderlotse.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Experiment 4: poison records on {@code municipality.project.v1} and {@code funding.programme.v1}
 * are dead-lettered by project-service with a reason, once each, and valid programmes written
 * afterwards through the gateway still reach project-service's read model.
 */
class PoisonRecordsIT {

  private static final String DLQ = "project-service.dlq.v1";
  private static final int VALID = 20;
  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void poisonIsDeadLetteredOnceWithAReasonAndLaterRecordsStillArrive() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    Set<String> poisonKeys = publishPoison(run);
    String scout = FaultStack.token("scout");
    String coordinator = FaultStack.token("coordinator");

    long begin = System.nanoTime();
    Map<Integer, Long> errors = new HashMap<>();
    List<String> acknowledged = new ArrayList<>();
    for (int i = 0; i < VALID; i++) {
      HttpResponse<String> created = post(scout, "/api/programmes", programme(run, i));
      if (created.statusCode() == 201) {
        Matcher id = ID.matcher(created.body());
        assertThat(id.find()).isTrue();
        acknowledged.add(id.group(1));
      } else {
        errors.merge(created.statusCode(), 1L, Long::sum);
      }
    }
    Set<String> arrived = new HashSet<>();
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              for (String id : acknowledged) {
                if (!arrived.contains(id)
                    && get(coordinator, "/api/read-models/programmes/" + id).statusCode() == 200) {
                  arrived.add(id);
                }
              }
              return arrived.size() == acknowledged.size();
            });
    Duration recovery = Duration.ofNanos(System.nanoTime() - begin);
    Map<String, Integer> deadLettered = deadLettered(poisonKeys);
    long withReason = deadLettered.values().stream().filter(n -> n > 0).count();
    long duplicated = deadLettered.values().stream().mapToLong(n -> Math.max(0, n - 1)).sum();

    new Figures(
            "4 poison records",
            acknowledged.size(),
            arrived.size(),
            duplicated,
            deadLettered.values().stream().mapToLong(Integer::longValue).sum(),
            errors,
            recovery,
            poisonKeys.size()
                + " poison records sent, "
                + withReason
                + " dead-lettered with reason")
        .print();

    assertThat(acknowledged).hasSize(VALID);
    assertThat(arrived).hasSize(VALID);
    assertThat(deadLettered).allSatisfy((key, count) -> assertThat(count).isEqualTo(1));
  }

  /** Three unreadable and three invalid records on each topic; returns their keys. */
  private static Set<String> publishPoison(String run) throws Exception {
    Set<String> keys = new HashSet<>();
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, FaultStack.kafka()),
            new StringSerializer(),
            new StringSerializer())) {
      for (String topic : List.of("municipality.project.v1", "funding.programme.v1")) {
        for (int i = 0; i < 6; i++) {
          String key = "poison-" + run + "-" + topic + "-" + i;
          String value = i < 3 ? "{ kein JSON " + i : "{\"id\":\"keine-uuid\",\"version\":\"x\"}";
          ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
          record
              .headers()
              .add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
          record.headers().add("ce_type", "poison".getBytes(StandardCharsets.UTF_8));
          producer.send(record).get(10, TimeUnit.SECONDS);
          keys.add(key);
        }
      }
    }
    return keys;
  }

  /** Dead-letter records per poison key that carry a reason. */
  private static Map<String, Integer> deadLettered(Set<String> keys) {
    Map<String, Integer> counts = new HashMap<>();
    keys.forEach(key -> counts.put(key, 0));
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                FaultStack.kafka(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "faults-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest"),
            new StringDeserializer(),
            new StringDeserializer())) {
      consumer.subscribe(List.of(DLQ));
      Awaitility.await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () -> {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(300))) {
                  if (keys.contains(r.key())
                      && r.headers().lastHeader("dead-letter-reason") != null) {
                    counts.merge(r.key(), 1, Integer::sum);
                  }
                }
                return counts.values().stream().allMatch(n -> n > 0);
              });
      // One more read, so a second dead letter of the same record would be counted.
      for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofSeconds(2))) {
        if (keys.contains(r.key())) {
          counts.merge(r.key(), 1, Integer::sum);
        }
      }
    }
    return counts;
  }

  private static String programme(String run, int i) {
    return """
        {"externalReference":"FAULTS-%s-%d","title":"Programm %s %d",
         "fundingBody":"Land NRW","status":"OPEN"}
        """
        .formatted(run, i, run, i);
  }

  private HttpResponse<String> post(String token, String path, String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(FaultStack.url("gateway") + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<Void> get(String token, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(FaultStack.url("gateway") + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token)
            .GET()
            .build(),
        HttpResponse.BodyHandlers.discarding());
  }
}

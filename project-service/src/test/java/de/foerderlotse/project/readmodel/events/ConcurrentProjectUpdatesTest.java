package de.foerderlotse.project.readmodel.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.foerderlotse.infra.test.TestInfrastructure;
import de.foerderlotse.infra.test.TestTokens;
import de.foerderlotse.project.Fixtures;
import de.foerderlotse.project.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

/**
 * Project events and application edits of the same, conflicting projects at the same time: both
 * paths rewrite the same conflict rows (optimistic locking). Every valid project event must reach
 * the read model, none may land in the dead-letter topic.
 */
@QuarkusTest
class ConcurrentProjectUpdatesTest {

  private static final String DLQ = "project-service.dlq.v1";
  private static final String NIDEGGEN = "05358028";
  private static final String HEIMBACH = "05358016";
  private static final int VERSIONS = 20;
  private static final int EDITS = 15;

  @Test
  void parallelProjectEventsAndApplicationEditsDeadLetterNoValidEvent() throws Exception {
    Fixtures.Programme programme =
        Fixtures.programme("SPORT", "5000000", LocalDate.now().plusMonths(3), "ANBEST_P");
    String nideggen = TestTokens.municipality("nideggen", NIDEGGEN);
    String heimbach = TestTokens.municipality("heimbach", HEIMBACH);
    UUID a = Fixtures.project(NIDEGGEN, "Dreifeldsporthalle Schulzentrum", "SPORT", "2000000");
    UUID b = Fixtures.project(HEIMBACH, "Dreifeldsporthalle Schulzentrum", "SPORT", "2000000");
    String appA =
        Fixtures.createApplication(nideggen, Fixtures.applicationBody(a, programme, "100000"));
    String appB =
        Fixtures.createApplication(heimbach, Fixtures.applicationBody(b, programme, "100000"));

    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      CompletableFuture<Void> events =
          CompletableFuture.runAsync(
              () -> {
                for (int v = 2; v <= VERSIONS + 1; v++) {
                  TestEvents.project(a, v, NIDEGGEN, "Dreifeldsporthalle " + v, "SPORT", "2000000");
                  TestEvents.project(b, v, HEIMBACH, "Dreifeldsporthalle " + v, "SPORT", "2000000");
                }
              },
              pool);
      CompletableFuture<Void> editsA =
          CompletableFuture.runAsync(() -> edit(nideggen, appA, a, programme), pool);
      CompletableFuture<Void> editsB =
          CompletableFuture.runAsync(() -> edit(heimbach, appB, b, programme), pool);
      CompletableFuture.allOf(events, editsA, editsB).get(3, TimeUnit.MINUTES);
    } finally {
      pool.shutdownNow();
    }

    Fixtures.awaitReadModel("/api/read-models/projects/" + a, "version", VERSIONS + 1);
    Fixtures.awaitReadModel("/api/read-models/projects/" + b, "version", VERSIONS + 1);
    Set<String> keys = Set.of(a.toString(), b.toString());
    List<String> deadLettered =
        readAll(DLQ).stream().map(ConsumerRecord::key).filter(keys::contains).toList();
    assertThat(deadLettered).isEmpty();
  }

  /** Edits the draft again and again, each time with its current version. */
  private static void edit(String token, String id, UUID project, Fixtures.Programme programme) {
    for (int i = 0; i < EDITS; i++) {
      int version =
          given()
              .auth()
              .oauth2(token)
              .get("/api/applications/" + id)
              .then()
              .extract()
              .path("version");
      Map<String, Object> body =
          new HashMap<>(Fixtures.applicationBody(project, programme, String.valueOf(100000 + i)));
      body.put("version", version);
      int status =
          given()
              .auth()
              .oauth2(token)
              .contentType(ContentType.JSON)
              .header("If-Match", "\"" + version + "\"")
              .body(body)
              .put("/api/applications/" + id)
              .then()
              .extract()
              .statusCode();
      // A concurrent change may win (409/412) or the database may be busy (503): clients retry.
      assertThat(status).isIn(200, 409, 412, 503);
    }
  }

  /** Every record of the topic up to its current end. */
  private static List<ConsumerRecord<String, String>> readAll(String topic) {
    List<ConsumerRecord<String, String>> all = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "test-" + UUID.randomUUID()),
            new StringDeserializer(),
            new StringDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic).stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        assertThat(System.nanoTime()).as("read %s to its end", topic).isLessThan(deadline);
        consumer.poll(Duration.ofMillis(200)).forEach(all::add);
      }
    }
    return all;
  }
}

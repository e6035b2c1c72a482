package de.foerderlotse.project.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import de.foerderlotse.infra.test.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProgrammeEventsConsumerTest {

  private static final String TOPIC = "funding.programme.v1";
  private static final String DLQ = "project-service.dlq.v1";
  private static final String COORDINATOR = TestTokens.of("kai", "coordinator");

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  @Test
  void appliesProgrammeEventToTheReadModel() {
    String id = UUID.randomUUID().toString();
    publish(id, UUID.randomUUID().toString(), event(id, 0, "Kommunaler Klimaschutz"));

    awaitTitle(id, "Kommunaler Klimaschutz");
    given()
        .auth()
        .oauth2(COORDINATOR)
        .get("/api/read-models/programmes/" + id)
        .then()
        .body("version", equalTo(0))
        .body("fundingBody", equalTo("Bund"));
  }

  @Test
  void ignoresRedeliveredAndOutdatedEvents() {
    String id = UUID.randomUUID().toString();
    String firstEventId = UUID.randomUUID().toString();
    publish(id, firstEventId, event(id, 1, "Stand 1"));
    awaitTitle(id, "Stand 1");

    // Same CloudEvents id again (a re-delivery), then an older version: both change nothing.
    publish(id, firstEventId, event(id, 5, "Wiederholung"));
    publish(id, UUID.randomUUID().toString(), event(id, 0, "Veraltet"));
    publish(id, UUID.randomUUID().toString(), event(id, 2, "Stand 2"));

    awaitTitle(id, "Stand 2");
    given()
        .auth()
        .oauth2(COORDINATOR)
        .get("/api/read-models/programmes/" + id)
        .then()
        .body("version", equalTo(2));
  }

  @Test
  void sendsUnprocessableRecordToTheDeadLetterTopicAndContinues() {
    String broken = UUID.randomUUID().toString();
    publish(broken, UUID.randomUUID().toString(), "{ kein json");
    String id = UUID.randomUUID().toString();
    publish(id, UUID.randomUUID().toString(), event(id, 0, "Nach dem Fehler"));

    awaitTitle(id, "Nach dem Fehler");
    ConsumerRecord<String, String> dead = awaitRecord(DLQ, broken);
    assertThat(dead.value()).isEqualTo("{ kein json");
    assertThat(header(dead, "dead-letter-reason")).contains("JSON");
  }

  @Test
  void answersUnknownProgrammeWith404AndHidesReadModelFromMunicipalities() {
    given()
        .auth()
        .oauth2(COORDINATOR)
        .get("/api/read-models/programmes/" + UUID.randomUUID())
        .then()
        .statusCode(404);
    given()
        .auth()
        .oauth2(TestTokens.municipality("kommune-dueren", "05358008"))
        .get("/api/read-models/programmes/" + UUID.randomUUID())
        .then()
        .statusCode(403);
    given().get("/api/read-models/programmes/" + UUID.randomUUID()).then().statusCode(401);
    given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
  }

  private static String event(String id, long version, String title) {
    return """
        {"id":"%s","version":%d,"title":"%s","fundingBody":"Bund","status":"OPEN",
         "changedFields":["title"],"changedAt":"2026-11-25T10:00:00Z","someFutureField":42}
        """
        .formatted(id, version, title);
  }

  private void awaitTitle(String id, String title) {
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(COORDINATOR)
                    .get("/api/read-models/programmes/" + id)
                    .then()
                    .statusCode(200)
                    .body("title", equalTo(title)));
  }

  private void publish(String key, String eventId, String payload) {
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ProducerConfig.ACKS_CONFIG,
                "all"),
            new StringSerializer(),
            new StringSerializer())) {
      ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, key, payload);
      record.headers().add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
      record.headers().add("ce_id", eventId.getBytes(StandardCharsets.UTF_8));
      record
          .headers()
          .add("ce_type", "de.foerderlotse.programme.changed.v1".getBytes(StandardCharsets.UTF_8));
      record.headers().add("ce_source", "/funding-service".getBytes(StandardCharsets.UTF_8));
      record.headers().add("ce_subject", key.getBytes(StandardCharsets.UTF_8));
      producer.send(record).get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private ConsumerRecord<String, String> awaitRecord(String topic, String key) {
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
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                return seen.stream().anyMatch(r -> key.equals(r.key()));
              });
    }
    return seen.stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow();
  }

  private static String header(ConsumerRecord<String, String> record, String name) {
    var header = record.headers().lastHeader(name);
    return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
  }
}

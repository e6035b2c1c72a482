package de.foerderlotse.project.readmodel.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import de.foerderlotse.infra.test.TestTokens;
import de.foerderlotse.infra.test.TestTopics;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProgrammeEventsConsumerTest {

  @Inject EntityManager entityManager;

  private static final String TOPIC = "funding.programme.v1";
  private static final String DLQ = "project-service.dlq.v1";
  private static final String COORDINATOR = TestTokens.of("kai", "coordinator");

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

    publish(id, UUID.randomUUID().toString(), event(id, 2, "Stand 2"));
    awaitTitle(id, "Stand 2");

    // After the newer one: the same CloudEvents id again (a re-delivery), then an older version.
    publish(id, firstEventId, event(id, 5, "Wiederholung"));
    String stale = UUID.randomUUID().toString();
    publish(id, stale, event(id, 0, "Veraltet"));
    ProcessedEventWait.until(entityManager, stale);

    given()
        .auth()
        .oauth2(COORDINATOR)
        .get("/api/read-models/programmes/" + id)
        .then()
        .body("title", equalTo("Stand 2"))
        .body("version", equalTo(2));
  }

  @Test
  void sendsUnprocessableRecordToTheDeadLetterTopicAndContinues() {
    String broken = UUID.randomUUID().toString();
    publish(broken, UUID.randomUUID().toString(), "{ kein json");
    String id = UUID.randomUUID().toString();
    publish(id, UUID.randomUUID().toString(), event(id, 0, "Nach dem Fehler"));

    awaitTitle(id, "Nach dem Fehler");
    ConsumerRecord<String, String> dead = TestTopics.awaitRecord(DLQ, r -> broken.equals(r.key()));
    assertThat(dead.value()).isEqualTo("{ kein json");
    assertThat(TestTopics.header(dead, "dead-letter-reason")).contains("JSON");
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
    given()
        .get("/api/read-models/programmes/" + UUID.randomUUID())
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .body("title", equalTo("Anmeldung erforderlich"));
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

  private static void publish(String key, String eventId, String payload) {
    TestTopics.publish(TOPIC, key, eventId, "de.foerderlotse.programme.changed.v1", payload);
  }
}

package de.foerderlotse.project.readmodel.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import de.foerderlotse.infra.test.TestTokens;
import de.foerderlotse.infra.test.TestTopics;
import de.foerderlotse.project.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReadModelConsumersTest {

  @Inject EntityManager entityManager;

  private static final String COORDINATOR = TestTokens.of("kai", "coordinator");

  @Test
  void keepsTheNewerMunicipalityWhenAStaleVersionArrivesAfterIt() {
    String ags = "0535" + (1000 + (int) (Math.random() * 8999));
    TestEvents.municipality(ags, 2, "Neustadt");
    awaitJson("/api/read-models/municipalities/" + ags, "name", "Neustadt");
    TestEvents.municipality(ags, 3, "Neustadt am Rur");
    awaitJson("/api/read-models/municipalities/" + ags, "name", "Neustadt am Rur");

    String stale = UUID.randomUUID().toString();
    TestTopics.publish(
        TestEvents.MUNICIPALITIES,
        ags,
        stale,
        "de.foerderlotse.municipality.changed.v1",
        """
        {"ags":"%s","version":1,"name":"Altstadt","shortName":"Altstadt","kind":"TOWN",
         "countyAgs":"05358000","neighbours":[],"changedFields":["name"],
         "changedAt":"2026-11-25T10:00:00Z"}
        """
            .formatted(ags));
    ProcessedEventWait.until(entityManager, stale);

    given()
        .auth()
        .oauth2(COORDINATOR)
        .get("/api/read-models/municipalities/" + ags)
        .then()
        .body("name", equalTo("Neustadt am Rur"))
        .body("version", equalTo(3));
  }

  @Test
  void appliesProjectEventsAndIgnoresRedelivery() {
    UUID id = UUID.randomUUID();
    String eventId = UUID.randomUUID().toString();
    TestTopics.publish(
        TestEvents.PROJECTS, id.toString(), eventId, "t", projectJson(id, 1, "Radweg"));
    awaitJson("/api/read-models/projects/" + id, "title", "Radweg");

    TestTopics.publish(
        TestEvents.PROJECTS, id.toString(), eventId, "t", projectJson(id, 7, "Wiederholt"));
    TestEvents.project(id, 2, "05358008", "Radweg Nord", "MOBILITY", "500000");
    awaitJson("/api/read-models/projects/" + id, "title", "Radweg Nord");
    given()
        .auth()
        .oauth2(COORDINATOR)
        .get("/api/read-models/projects/" + id)
        .then()
        .body("version", equalTo(2))
        .body("category", equalTo("MOBILITY"))
        .body("estimatedTotalCost", equalTo(500000.0f));

    // A stale version after the newer one changes nothing.
    String stale = UUID.randomUUID().toString();
    TestTopics.publish(
        TestEvents.PROJECTS, id.toString(), stale, "t", projectJson(id, 1, "Veraltet"));
    ProcessedEventWait.until(entityManager, stale);
    given()
        .auth()
        .oauth2(COORDINATOR)
        .get("/api/read-models/projects/" + id)
        .then()
        .body("title", equalTo("Radweg Nord"))
        .body("version", equalTo(2));
  }

  @Test
  void sendsProjectWithoutOwnerToDeadLetterTopicAndContinues() {
    UUID broken = UUID.randomUUID();
    TestTopics.publish(
        TestEvents.PROJECTS,
        broken.toString(),
        "t",
        "{\"id\":\"%s\",\"version\":1,\"title\":\"ohne Kommune\"}".formatted(broken));
    UUID next = UUID.randomUUID();
    TestEvents.project(next, 1, "05358008", "Danach", "SPORT", "1000");

    awaitJson("/api/read-models/projects/" + next, "title", "Danach");
    var dead =
        TestTopics.awaitRecord("project-service.dlq.v1", r -> broken.toString().equals(r.key()));
    assertThat(TestTopics.header(dead, "dead-letter-reason")).contains("ags");
  }

  @Test
  void keepsCallsStagesAndRuleSetOfProgrammes() {
    UUID id = UUID.randomUUID();
    UUID call = UUID.randomUUID();
    TestEvents.programme(
        id,
        1,
        "Klimaschutz",
        "CLIMATE_PROTECTION",
        call,
        "300000",
        LocalDate.of(2027, 3, 1),
        "ANBEST_GK");
    awaitJson("/api/read-models/programmes/" + id, "title", "Klimaschutz");
    given()
        .auth()
        .oauth2(COORDINATOR)
        .get("/api/read-models/programmes/" + id)
        .then()
        .body("fundingAreas[0]", equalTo("CLIMATE_PROTECTION"))
        .body("ruleSet.proofOfUseMonths", equalTo(12))
        .body("calls[0].id", equalTo(call.toString()))
        .body("calls[0].stages[0].label", equalTo("Vollantrag"));
  }

  private static String projectJson(UUID id, long version, String title) {
    return """
        {"id":"%s","version":%d,"ags":"05358008","title":"%s","category":"SPORT","status":"IDEA"}
        """
        .formatted(id, version, title);
  }

  private static void awaitJson(String path, String field, String value) {
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(COORDINATOR)
                    .get(path)
                    .then()
                    .statusCode(200)
                    .body(field, equalTo(value)));
  }
}

package de.foerderlotse.municipality.events;

import static de.foerderlotse.infra.test.TestTopics.header;
import static de.foerderlotse.municipality.Fixtures.DUEREN;
import static de.foerderlotse.municipality.Fixtures.KREUZAU;
import static de.foerderlotse.municipality.Fixtures.municipality;
import static de.foerderlotse.municipality.Fixtures.projectBody;
import static de.foerderlotse.municipality.Fixtures.registerProject;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.foerderlotse.infra.test.TestTopics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProjectEventsTest {

  @Inject EntityManager entityManager;

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void publishesEveryChangeWithTheFullProjectAndItsVersion() throws Exception {
    String user = municipality(DUEREN);
    String id =
        registerProject(
            user,
            projectBody(
                null, "Wärmenetz Innenstadt", "CLIMATE_PROTECTION", 1, "[\"" + KREUZAU + "\"]"));
    given()
        .auth()
        .oauth2(user)
        .header("If-Match", "0")
        .contentType(ContentType.JSON)
        .body(
            projectBody(
                null, "Wärmenetz Innenstadt", "CLIMATE_PROTECTION", 3, "[\"" + KREUZAU + "\"]"))
        .put("/api/projects/" + id)
        .then()
        .statusCode(200);

    List<ConsumerRecord<String, String>> records =
        TestTopics.awaitRecords(ProjectChanged.TOPIC, id, 2);

    ConsumerRecord<String, String> created = records.get(0);
    assertThat(header(created, "ce_type")).isEqualTo("de.foerderlotse.project.changed.v1");
    assertThat(header(created, "ce_source")).isEqualTo("/municipality-service");
    assertThat(header(created, "ce_subject")).isEqualTo(id);
    // Each event carries its own outbox row's id, which consumers de-duplicate on.
    assertThat(header(created, "ce_id")).isEqualTo(outboxEventIds(id).get(0));
    assertThat(header(records.get(1), "ce_id")).isEqualTo(outboxEventIds(id).get(1));
    JsonNode first = json.readTree(created.value());
    assertThat(first.get("version").asLong()).isZero();
    assertThat(first.get("ags").asText()).isEqualTo(DUEREN);
    assertThat(first.get("title").asText()).isEqualTo("Wärmenetz Innenstadt");
    assertThat(first.get("partners").get(0).asText()).isEqualTo(KREUZAU);
    assertThat(first.get("costItems").get(0).get("amount").decimalValue())
        .isEqualByComparingTo("20000");
    assertThat(first.get("changedFields").get(0).asText()).isEqualTo("created");

    JsonNode second = json.readTree(records.get(1).value());
    assertThat(second.get("version").asLong()).isEqualTo(1);
    assertThat(second.get("stars").asInt()).isEqualTo(3);
    assertThat(second.get("changedFields").get(0).asText()).isEqualTo("stars");
    assertThat(header(records.get(1), "ce_id")).isNotEqualTo(header(created, "ce_id"));
  }

  @Test
  void publishesNothingForAChangeThatChangesNothing() throws Exception {
    String user = municipality(DUEREN);
    String body = projectBody(null, "Unverändert " + UUID.randomUUID());
    String id = registerProject(user, body);
    given()
        .auth()
        .oauth2(user)
        .header("If-Match", "0")
        .contentType(ContentType.JSON)
        .body(body)
        .put("/api/projects/" + id)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"");
    // Withdrawing afterwards must be the second event: nothing was published in between.
    given().auth().oauth2(user).post("/api/projects/" + id + "/withdraw").then().statusCode(200);
    List<ConsumerRecord<String, String>> records =
        TestTopics.awaitRecords(ProjectChanged.TOPIC, id, 2);
    assertThat(json.readTree(records.get(1).value()).get("status").asText()).isEqualTo("WITHDRAWN");
    assertThat(json.readTree(records.get(1).value()).get("version").asLong()).isEqualTo(1);
  }

  /**
   * The CloudEvents ids the outbox gave this aggregate's events, in the order they were written.
   */
  private List<String> outboxEventIds(String aggregateId) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                entityManager
                    .createNativeQuery(
                        "select cast(event_id as varchar) from outbox_event"
                            + " where aggregate_id = :id order by seq",
                        String.class)
                    .setParameter("id", aggregateId)
                    .getResultList());
  }
}

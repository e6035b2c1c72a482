package de.foerderlotse.funding.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.foerderlotse.funding.Scout;
import de.foerderlotse.infra.test.TestTokens;
import de.foerderlotse.infra.test.TestTopics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProgrammeEventsTest {

  @Inject EntityManager entityManager;

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void publishesRegisteredProgrammeWithCloudEventsHeadersThroughTheOutbox() throws Exception {
    String id =
        given()
            .auth()
            .oauth2(TestTokens.of("sina", "scout"))
            .contentType(ContentType.JSON)
            .body("{\"title\":\"Digitale Schule\",\"fundingBody\":\"Bund\",\"status\":\"OPEN\"}")
            .post("/api/programmes")
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    ConsumerRecord<String, String> record = awaitRecordWithKey(id);

    assertThat(header(record, "ce_type")).isEqualTo("de.foerderlotse.programme.changed.v1");
    assertThat(header(record, "ce_source")).isEqualTo("/funding-service");
    assertThat(header(record, "ce_subject")).isEqualTo(id);
    // The CloudEvents id is the outbox row's id, which consumers de-duplicate on.
    assertThat(header(record, "ce_id")).isEqualTo(outboxEventIds(id).get(0));
    assertThat(header(record, "ce_time")).isNotBlank();
    JsonNode payload = json.readTree(record.value());
    assertThat(payload.get("id").asText()).isEqualTo(id);
    assertThat(payload.get("title").asText()).isEqualTo("Digitale Schule");
    assertThat(payload.get("version").asLong()).isZero();
    assertThat(payload.get("changedFields").get(0).asText()).isEqualTo("created");
  }

  @Test
  void publishesOneEventPerChangeWithItsVersionAndChangedFields() throws Exception {
    String id =
        Scout.registered(
            """
            {"title":"Ereignisse","fundingBody":"Bund","status":"OPEN",
             "calls":[{"title":"Aufruf","stages":[{"kind":"CUT_OFF","deadline":"%s"}]}]}
            """
                .formatted(Scout.deadlineInDays(10)));
    String callId = Scout.get(id).extract().path("calls[0].id");
    Scout.put(
            id,
            0,
            """
            {"title":"Ereignisse","fundingBody":"Bund","status":"OPEN",
             "calls":[{"title":"Aufruf","stages":[{"kind":"CUT_OFF","deadline":"%s"}]}]}
            """
                .formatted(Scout.deadlineInDays(20)))
        .statusCode(200);
    Scout.request()
        .header("If-Match", "\"1\"")
        .delete("/api/programmes/" + id)
        .then()
        .statusCode(204);

    List<JsonNode> payloads = awaitPayloads(id, 3);
    assertThat(payloads).extracting(p -> p.get("version").asLong()).containsExactly(0L, 1L, 2L);
    assertThat(payloads.get(1).get("changedFields").get(0).asText())
        .isEqualTo("calls." + callId + ".stages.0.deadline");
    assertThat(payloads.get(1).get("calls").get(0).get("stages").get(0).get("deadline").asText())
        .containsPattern("\\+0[12]:00$")
        .isNotEqualTo(
            payloads.get(0).get("calls").get(0).get("stages").get(0).get("deadline").asText());
    assertThat(payloads.get(1).get("ruleSet").get("proofOfUseMonths").asInt()).isEqualTo(6);
    assertThat(payloads.get(2).get("deleted").asBoolean()).isTrue();
    payloads.forEach(this::assertMatchesDocumentedSchema);
    assertThat(payloads.get(2).get("changedFields").get(0).asText()).isEqualTo("deleted");
  }

  /** Every field published is documented, and every field documented as required is there. */
  private void assertMatchesDocumentedSchema(JsonNode payload) {
    JsonNode schema;
    try (var in = getClass().getResourceAsStream("/events/programme-changed.v1.schema.json")) {
      schema = json.readTree(in);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    List<String> documented = new ArrayList<>();
    schema.get("properties").fieldNames().forEachRemaining(documented::add);
    List<String> published = new ArrayList<>();
    payload.fieldNames().forEachRemaining(published::add);
    assertThat(documented).containsAll(published);
    schema.get("required").forEach(r -> assertThat(payload.hasNonNull(r.asText())).isTrue());
    List<String> ruleSetDocumented = new ArrayList<>();
    schema
        .at("/properties/ruleSet/properties")
        .fieldNames()
        .forEachRemaining(ruleSetDocumented::add);
    List<String> ruleSetPublished = new ArrayList<>();
    payload.get("ruleSet").fieldNames().forEachRemaining(ruleSetPublished::add);
    assertThat(ruleSetDocumented).containsExactlyInAnyOrderElementsOf(ruleSetPublished);
  }

  private List<JsonNode> awaitPayloads(String key, int count) throws Exception {
    List<JsonNode> payloads = new ArrayList<>();
    for (ConsumerRecord<String, String> record :
        TestTopics.awaitRecords(ProgrammeChanged.TOPIC, key, count)) {
      payloads.add(json.readTree(record.value()));
    }
    return payloads;
  }

  private static ConsumerRecord<String, String> awaitRecordWithKey(String key) {
    return TestTopics.awaitRecords(ProgrammeChanged.TOPIC, key, 1).get(0);
  }

  private static String header(ConsumerRecord<String, String> record, String name) {
    return TestTopics.header(record, name);
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

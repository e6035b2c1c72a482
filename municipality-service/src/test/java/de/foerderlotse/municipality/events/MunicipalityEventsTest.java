package de.foerderlotse.municipality.events;

import static de.foerderlotse.infra.test.TestTopics.header;
import static de.foerderlotse.municipality.Fixtures.COORDINATOR;
import static de.foerderlotse.municipality.Fixtures.DUEREN;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.foerderlotse.infra.test.TestTopics;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MunicipalityEventsTest {

  private static final String TITZ = "05358056";

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void publishesEverySeededMunicipalityKeyedByAgs() throws Exception {
    ConsumerRecord<String, String> record =
        TestTopics.awaitRecords(MunicipalityChanged.TOPIC, DUEREN, 1).get(0);
    assertThat(header(record, "ce_type")).isEqualTo("de.foerderlotse.municipality.changed.v1");
    assertThat(header(record, "ce_subject")).isEqualTo(DUEREN);
    JsonNode payload = json.readTree(record.value());
    assertThat(payload.get("name").asText()).isEqualTo("Düren, Stadt");
    assertThat(payload.get("kind").asText()).isEqualTo("CITY");
    assertThat(payload.get("version").asLong()).isZero();
    assertThat(payload.get("centroid").get("lat").asDouble()).isEqualTo(50.801678);
    assertThat(payload.get("neighbours").isArray()).isTrue();
    assertThat(payload.get("changedBy").asText()).isEqualTo("system:seed");
  }

  @Test
  void publishesAContactChange() throws Exception {
    String email = "post-" + UUID.randomUUID() + "@titz.example";
    given()
        .auth()
        .oauth2(COORDINATOR)
        .contentType(ContentType.JSON)
        .body("{\"name\":\"Team Förderung\",\"email\":\"" + email + "\"}")
        .put("/api/municipalities/" + TITZ + "/contact")
        .then()
        .statusCode(200);
    List<ConsumerRecord<String, String>> records =
        TestTopics.awaitRecords(
            MunicipalityChanged.TOPIC, r -> TITZ.equals(r.key()) && r.value().contains(email), 1);
    JsonNode payload = json.readTree(records.get(0).value());
    assertThat(payload.get("contact").get("name").asText()).isEqualTo("Team Förderung");
    assertThat(payload.get("changedFields").get(0).asText()).isEqualTo("contact");
    assertThat(payload.get("version").asLong()).isPositive();
  }
}

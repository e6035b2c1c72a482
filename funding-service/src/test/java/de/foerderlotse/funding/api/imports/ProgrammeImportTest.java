package de.foerderlotse.funding.api.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.foerderlotse.funding.Scout;
import de.foerderlotse.infra.test.TestTokens;
import de.foerderlotse.platform.outbox.OutboxEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProgrammeImportTest {

  private static final String JSON_ROWS =
      """
      [{"externalReference":"IMP-J1","title":"Dorfgemeinschaftshäuser","fundingBody":"Land NRW",
        "status":"OPEN","fundingAreas":["RURAL_DEVELOPMENT"],"ruleSet":{"preset":"ANBEST_GK"},
        "calls":[{"title":"Aufruf","stages":[{"kind":"FULL_APPLICATION","deadline":"%s"}]}]},
       {"externalReference":"IMP-J2","title":"","fundingBody":"Land NRW","status":"OPEN"},
       {"externalReference":"IMP-J3","title":"Feuerwehrhäuser","fundingBody":"Land NRW","status":"WIBBEL"},
       {"externalReference":"IMP-J4","title":"Breitband","fundingBody":"Bund","status":"OPEN","minGrant":9,"maxGrant":1},
       {"externalReference":"IMP-J1","title":"Doppelt","fundingBody":"Land NRW","status":"OPEN"},
       {"externalReference":"IMP-J5","title":"Freibäder","fundingBody":"Land NRW","status":"DRAFT"}]
      """;

  @Test
  void importsGoodRowsRejectsBadOnesWithReasonsAndIgnoresAnUnchangedReimport() {
    String body = JSON_ROWS.formatted(Scout.deadlineInDays(40));

    JsonPath first = awaitCompletion(startImport(body, "application/json"));
    assertThat(first.getInt("total")).isEqualTo(6);
    assertThat(first.getInt("processed")).isEqualTo(6);
    assertThat(first.getInt("created")).isEqualTo(2);
    assertThat(first.getInt("rejected")).isEqualTo(4);
    assertThat(first.getList("rejections.row", Integer.class)).containsExactly(2, 3, 4, 5);
    assertThat(first.getString("rejections[0].reason")).contains("title");
    assertThat(first.getString("rejections[1].reason")).contains("status");
    assertThat(first.getString("rejections[2].reason")).contains("minGrant");
    assertThat(first.getString("rejections[3].reason")).contains("Zeile 1");

    String id = programmeId("IMP-J1");
    long eventsBefore = eventCount(id);
    JsonPath again = awaitCompletion(startImport(body, "application/json"));
    assertThat(again.getInt("created")).isZero();
    assertThat(again.getInt("updated")).isZero();
    assertThat(again.getInt("unchanged")).isEqualTo(2);
    Scout.get(id)
        .statusCode(200)
        .body("version", equalTo(0))
        .body("ruleSet.preset", equalTo("ANBEST_GK"));
    assertThat(eventCount(id)).isEqualTo(eventsBefore).isEqualTo(1);
  }

  @Test
  void importsCsvWithGermanSeparatorsAndUpdatesChangedRows() {
    String header =
        "externalReference;title;fundingBody;status;fundingAreas;maxGrant;proofOfUseMonths;callTitle;callStages\n";
    String deadline = java.time.LocalDate.now().plusDays(50) + "T23:59";
    String csv =
        header
            + "IMP-C1;\"Spielplätze; naturnah\";Land NRW;OPEN;SPORT|CHILDCARE_YOUTH;1.250.000,50;9;Aufruf 1;FULL_APPLICATION@"
            + deadline
            + "\n"
            + "IMP-C2;Ohne Status;Land NRW;;;;;;\n";

    JsonPath job = awaitCompletion(startImport(csv, "text/csv; charset=UTF-8"));
    assertThat(job.getInt("created")).isEqualTo(1);
    assertThat(job.getList("rejections.row", Integer.class)).containsExactly(3);
    String id = programmeId("IMP-C1");
    Scout.get(id)
        .body("title", equalTo("Spielplätze; naturnah"))
        .body("maxGrant", equalTo(1250000.5f))
        .body("ruleSet.proofOfUseMonths", equalTo(9))
        .body("calls[0].stages[0].deadline", containsString("T23:59:00+0"));

    JsonPath changed =
        awaitCompletion(startImport(csv.replace(";9;", ";10;"), "text/csv; charset=UTF-8"));
    assertThat(changed.getInt("updated")).isEqualTo(1);
    Scout.get(id).body("version", equalTo(1)).body("ruleSet.proofOfUseMonths", equalTo(10));
    assertThat(eventCount(id)).isEqualTo(2);
    JsonNode event = lastEvent(id);
    assertThat(event.get("version").asLong()).isEqualTo(1);
    assertThat(event.get("changedFields").toString()).isEqualTo("[\"ruleSet.proofOfUseMonths\"]");
    Scout.request()
        .get("/api/programmes/" + id + "/history")
        .then()
        .statusCode(200)
        .body("total", equalTo(2))
        .body("items[0].field", equalTo("ruleSet.proofOfUseMonths"))
        .body("items[0].oldValue", equalTo("9"))
        .body("items[0].newValue", equalTo("10"))
        .body("items[0].version", equalTo(1));
  }

  @Test
  void rejectsUnreadableFilesAsAWhole() {
    Scout.request()
        .body("{\"title\":\"kein Array\"}")
        .post("/api/programmes/imports")
        .then()
        .statusCode(400);
    Scout.request()
        .contentType("text/csv")
        .body("title;farbe\nA;blau\n")
        .post("/api/programmes/imports")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("farbe"));
  }

  @Test
  void rejectsOversizedImportWith413() {
    String big = "[" + "\"x\",".repeat(1_400_000) + "\"x\"]";
    Scout.request()
        .body(big)
        .post("/api/programmes/imports")
        .then()
        .statusCode(413)
        .contentType("application/problem+json");
  }

  @Test
  void letsOnlyScoutsAndCoordinatorsImport() {
    Scout.request()
        .auth()
        .oauth2(TestTokens.of("vera", "viewer"))
        .body("[]")
        .post("/api/programmes/imports")
        .then()
        .statusCode(403);
  }

  private static String startImport(String body, String contentType) {
    return Scout.request()
        .contentType(contentType)
        .body(body)
        .post("/api/programmes/imports")
        .then()
        .statusCode(202)
        .extract()
        .path("id");
  }

  private static JsonPath awaitCompletion(String jobId) {
    return Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                Scout.request()
                    .get("/api/programmes/imports/" + jobId)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath(),
            job -> "COMPLETED".equals(job.getString("state")));
  }

  private static String programmeId(String reference) {
    List<String> ids =
        Scout.request()
            .get("/api/programmes?externalReference=" + reference)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.id");
    assertThat(ids).hasSize(1);
    return ids.get(0);
  }

  private static JsonNode lastEvent(String programmeId) {
    String payload =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    OutboxEvent.<OutboxEvent>find(
                            "aggregateId", Sort.descending("seq"), programmeId)
                        .firstResult()
                        .payload);
    try {
      return new ObjectMapper().readTree(payload);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long eventCount(String programmeId) {
    return QuarkusTransaction.requiringNew()
        .call(() -> OutboxEvent.count("aggregateId", programmeId));
  }
}

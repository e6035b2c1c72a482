package de.foerderlotse.project.application;

import static de.foerderlotse.project.Fixtures.COORDINATOR;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.foerderlotse.infra.test.TestTokens;
import de.foerderlotse.infra.test.TestTopics;
import de.foerderlotse.project.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApplicationResourceTest {

  private static final String DUEREN = "05358008";
  private static final String JUELICH = "05358024";
  private static final String MUNI = TestTokens.municipality("dueren", DUEREN);
  private static final String OTHER = TestTokens.municipality("juelich", JUELICH);
  private static final String VIEWER = TestTokens.of("vera", "viewer");

  private Fixtures.Programme programme;
  private UUID project;

  @BeforeEach
  void setUp() {
    programme = Fixtures.programme("SPORT", "10000000", LocalDate.now().plusMonths(3), "ANBEST_P");
    project = Fixtures.project(DUEREN, "Sporthalle Nord", "SPORT", "500000");
  }

  @Test
  void walksTheLifecycleFromDraftToClosedAndPublishesEachChange() {
    String id =
        Fixtures.createApplication(MUNI, Fixtures.applicationBody(project, programme, "300000"));
    given()
        .auth()
        .oauth2(MUNI)
        .get("/api/applications/" + id)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("status", equalTo("DRAFT"))
        .body("ags", equalTo(DUEREN))
        .body("projectTitle", equalTo("Sporthalle Nord"))
        .body("requestedAmount", equalTo(300000.00f));

    Fixtures.approve(MUNI, id, LocalDate.of(2027, 1, 1), LocalDate.of(2028, 6, 30));
    Fixtures.act(MUNI, id, "start-implementation", Map.of());
    Fixtures.act(MUNI, id, "submit-proof-of-use", Map.of());
    Fixtures.act(COORDINATOR, id, "close", Map.of());

    given()
        .auth()
        .oauth2(COORDINATOR)
        .get("/api/applications/" + id)
        .then()
        .body("status", equalTo("CLOSED"))
        .body("grantNotice.approvedAmount", equalTo(300000.00f))
        .body("grantNotice.approvalEnd", equalTo("2028-06-30"));
    var closed =
        TestTopics.awaitRecord(
            "project.application.v1",
            r -> id.equals(r.key()) && "CLOSED".equals(json(r.value()).path("status").asText()));
    assertThat(TestTopics.header(closed, "ce_type"))
        .isEqualTo("de.foerderlotse.application.changed.v1");
    JsonNode event = json(closed.value());
    assertThat(event.path("grantNotice").path("approvalEnd").asText()).isEqualTo("2028-06-30");
    assertThat(event.path("version").asInt()).isEqualTo(5);
    assertThat(event.path("ags").asText()).isEqualTo(DUEREN);
    JsonNode schema = json(resource("/events/application-changed.v1.schema.json"));
    schema.path("required").forEach(field -> assertThat(event.has(field.asText())).isTrue());
    schema.path("properties").fieldNames().forEachRemaining(f -> assertThat(event.has(f)).isTrue());
  }

  private static String resource(String path) {
    try (var in = ApplicationResourceTest.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode json(String value) {
    try {
      return new ObjectMapper().readTree(value);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void refusesTransitionsTheLifecycleDoesNotAllowWithReason() {
    String id =
        Fixtures.createApplication(MUNI, Fixtures.applicationBody(project, programme, "300000"));
    given()
        .auth()
        .oauth2(MUNI)
        .contentType(ContentType.JSON)
        .body(Map.of("version", 0))
        .post("/api/applications/" + id + "/close")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("„Entwurf“ kann nicht in den Status „abgeschlossen“"));
    Fixtures.act(MUNI, id, "withdraw", Map.of());
    given()
        .auth()
        .oauth2(MUNI)
        .contentType(ContentType.JSON)
        .body(Map.of("version", 1))
        .post("/api/applications/" + id + "/submit")
        .then()
        .statusCode(409)
        .body("detail", containsString("Endzustand"));
  }

  @Test
  void refusesChangeBasedOnStaleVersion() {
    String id =
        Fixtures.createApplication(MUNI, Fixtures.applicationBody(project, programme, "300000"));
    Map<String, Object> edit =
        new HashMap<>(Fixtures.applicationBody(project, programme, "250000"));
    given()
        .auth()
        .oauth2(MUNI)
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(edit)
        .put("/api/applications/" + id)
        .then()
        .statusCode(200)
        .body("requestedAmount", equalTo(250000.00f));
    given()
        .auth()
        .oauth2(MUNI)
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(Map.of())
        .post("/api/applications/" + id + "/submit")
        .then()
        .statusCode(412)
        .body("detail", containsString("Version 1, erwartet 0"));
    given()
        .auth()
        .oauth2(MUNI)
        .contentType(ContentType.JSON)
        .body(Map.of())
        .post("/api/applications/" + id + "/submit")
        .then()
        .statusCode(428)
        .body("detail", containsString("If-Match"));
  }

  @Test
  void keepsMunicipalitiesApart() {
    String id =
        Fixtures.createApplication(MUNI, Fixtures.applicationBody(project, programme, "300000"));
    given().auth().oauth2(OTHER).get("/api/applications/" + id).then().statusCode(404);
    given()
        .auth()
        .oauth2(OTHER)
        .contentType(ContentType.JSON)
        .body(Map.of("version", 0))
        .post("/api/applications/" + id + "/withdraw")
        .then()
        .statusCode(404);
    given()
        .auth()
        .oauth2(OTHER)
        .get("/api/applications?projectId=" + project)
        .then()
        .statusCode(200)
        .body("total", equalTo(0));
    given().auth().oauth2(OTHER).get("/api/applications?ags=" + DUEREN).then().statusCode(403);

    Map<String, Object> foreign =
        new HashMap<>(Fixtures.applicationBody(project, programme, "1000"));
    foreign.put("ags", DUEREN);
    given()
        .auth()
        .oauth2(OTHER)
        .contentType(ContentType.JSON)
        .body(foreign)
        .post("/api/applications")
        .then()
        .statusCode(403);
    foreign.remove("ags");
    given()
        .auth()
        .oauth2(OTHER)
        .contentType(ContentType.JSON)
        .body(foreign)
        .post("/api/applications")
        .then()
        .statusCode(422);

    given()
        .auth()
        .oauth2(VIEWER)
        .get("/api/applications?projectId=" + project)
        .then()
        .statusCode(200)
        .body("items.id", hasItem(id));
    given()
        .auth()
        .oauth2(VIEWER)
        .contentType(ContentType.JSON)
        .body(Map.of("version", 0))
        .post("/api/applications/" + id + "/submit")
        .then()
        .statusCode(403);
  }

  @Test
  void answersBadInputWith400And422() {
    given()
        .auth()
        .oauth2(MUNI)
        .contentType(ContentType.JSON)
        .body(Map.of("projectId", project, "requestedAmount", "-5"))
        .post("/api/applications")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("requestedAmount"))
        .body("errors.field", hasItem("programmeId"));
    given()
        .auth()
        .oauth2(MUNI)
        .contentType(ContentType.JSON)
        .body("{ kaputt")
        .post("/api/applications")
        .then()
        .statusCode(400);
    given()
        .auth()
        .oauth2(MUNI)
        .contentType(ContentType.JSON)
        .body(Fixtures.applicationBody(project, programme, "600000"))
        .post("/api/applications")
        .then()
        .statusCode(422)
        .body("detail", containsString("übersteigt"));
    given()
        .auth()
        .oauth2(MUNI)
        .get("/api/applications/" + UUID.randomUUID())
        .then()
        .statusCode(404);
    given().auth().oauth2(MUNI).get("/api/applications?status=GIBTSNICHT").then().statusCode(400);
  }

  @Test
  void asksToRetryWhenTheProjectHasNotReachedTheReadModelYet() {
    UUID notYetArrived = UUID.randomUUID();
    given()
        .auth()
        .oauth2(MUNI)
        .contentType(ContentType.JSON)
        .body(Fixtures.applicationBody(notYetArrived, programme, "100000"))
        .post("/api/applications")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .header("Retry-After", "2")
        .body("detail", containsString("noch nicht übernommen"))
        .body("detail", containsString(notYetArrived.toString()));
  }
}

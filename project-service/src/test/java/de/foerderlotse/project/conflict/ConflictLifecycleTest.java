package de.foerderlotse.project.conflict;

import static de.foerderlotse.project.conflict.ConflictFixtures.alerts;
import static de.foerderlotse.project.conflict.ConflictFixtures.awaitConflicts;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import de.foerderlotse.infra.test.TestTokens;
import de.foerderlotse.project.Fixtures;
import de.foerderlotse.project.TestEvents;
import de.foerderlotse.project.conflict.ConflictFixtures.Project;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Lifecycle, tenant visibility, roles and idempotence of one conflict, as a story. */
@QuarkusTest
class ConflictLifecycleTest {

  private static final String GDORF = "05999401";
  private static final String HDORF = "05999402";
  private static final String GDORF_USER = TestTokens.municipality("gina", GDORF);

  @Test
  void walksAConflictThroughItsLifecycleWithTenantsApartAndRedeliveryHarmless() {
    TestEvents.municipality(GDORF, 1, "Gdorf");
    TestEvents.municipality(HDORF, 1, "Hdorf");
    Project gdorf =
        Project.of(
            GDORF,
            "Wasserstofftankstelle Gdorf",
            "Öffentliche Wasserstofftankstelle für Busse und Nutzfahrzeuge.",
            "CHILDCARE_YOUTH");
    Project hdorf =
        Project.of(
                HDORF,
                "Errichtung einer H2-Tankstelle in Hdorf",
                "Eine H2-Tankstelle für den Linienbusverkehr und Lieferfahrzeuge.",
                "CHILDCARE_YOUTH")
            .at(50.85, 6.45);
    ConflictFixtures.publish(gdorf, 1);
    String eventId = UUID.randomUUID().toString();
    ConflictFixtures.publish(hdorf, 1, eventId);
    Object id = awaitConflicts(GDORF, "REDUNDANT", 1).get(0).get("id");
    assertThat(alerts("CONFLICT_DETECTED", id)).isEqualTo(1);

    // Re-delivery of the same event, and a newer version with the same content: nothing new.
    ConflictFixtures.publish(hdorf, 1, eventId);
    ConflictFixtures.publish(hdorf, 2);
    assertThat(ConflictFixtures.conflicts(GDORF, "REDUNDANT")).hasSize(1);
    assertThat(ConflictFixtures.conflict(Fixtures.COORDINATOR, id).getInt("version")).isEqualTo(1);
    assertThat(alerts("CONFLICT_DETECTED", id)).isEqualTo(1);

    seenByTenants(id, gdorf, hdorf);

    // A municipality on one side acknowledges and comments; a stale version is refused.
    given()
        .auth()
        .oauth2(GDORF_USER)
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(Map.of("comment", "Wir sprechen mit Hdorf."))
        .post("/api/conflicts/" + id + "/acknowledge")
        .then()
        .statusCode(412);
    given()
        .auth()
        .oauth2(GDORF_USER)
        .contentType(ContentType.JSON)
        .header("If-Match", "\"1\"")
        .body(Map.of("comment", "Wir sprechen mit Hdorf."))
        .post("/api/conflicts/" + id + "/acknowledge")
        .then()
        .statusCode(200)
        .body("status", equalTo("ACKNOWLEDGED"))
        .body("history[1].by", equalTo("gina"))
        .body("history[1].comment", equalTo("Wir sprechen mit Hdorf."));
    post(GDORF_USER, id, "acknowledge", Map.of()).statusCode(409);
    post(GDORF_USER, id, "comments", Map.of("text", "Termin am Montag."))
        .statusCode(200)
        .body("history[2].action", equalTo("COMMENTED"));
    post(GDORF_USER, id, "dismiss", Map.of("reason", "kein Duplikat")).statusCode(403);
    post(TestTokens.of("vera", "viewer"), id, "comments", Map.of("text", "x")).statusCode(403);
    post(Fixtures.COORDINATOR, id, "dismiss", Map.of()).statusCode(400);

    post(Fixtures.COORDINATOR, id, "dismiss", Map.of("reason", "Verschiedene Zielgruppen"))
        .statusCode(200)
        .body("status", equalTo("DISMISSED"))
        .body("history[3].action", equalTo("DISMISSED"));
    assertThat(alerts("CONFLICT_RESOLVED", id)).isEqualTo(1);
    post(Fixtures.COORDINATOR, id, "resolve", Map.of("resolution", "MERGED", "reason", "x"))
        .statusCode(409)
        .body("detail", containsString("verworfen"));
    given()
        .auth()
        .oauth2(GDORF_USER)
        .get("/api/conflicts/counts")
        .then()
        .statusCode(200)
        .body("REDUNDANT.DISMISSED", equalTo(1))
        .body("REDUNDANT.OPEN", equalTo(0))
        .body("COMPETING.OPEN", equalTo(0));

    // Dismissed stays dismissed while nothing material changes; a new cost estimate reopens it.
    ConflictFixtures.publish(hdorf, 3);
    assertThat(ConflictFixtures.conflict(Fixtures.COORDINATOR, id).getString("status"))
        .isEqualTo("DISMISSED");
    ConflictFixtures.publish(hdorf.withCost("750000"), 4);
    JsonPath reopened = ConflictFixtures.conflict(Fixtures.COORDINATOR, id);
    assertThat(reopened.getString("status")).isEqualTo("OPEN");
    assertThat(reopened.getList("history.action", String.class)).last().isEqualTo("REOPENED");
    assertThat(alerts("CONFLICT_DETECTED", id)).isEqualTo(2);
    assertThat(ConflictFixtures.conflicts(GDORF, "REDUNDANT")).hasSize(1);
  }

  private static void seenByTenants(Object id, Project own, Project other) {
    given()
        .auth()
        .oauth2(GDORF_USER)
        .get("/api/conflicts/" + id)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"1\""))
        .body(
            "sides.find { it.municipalityAgs == '" + GDORF + "' }.projectId",
            equalTo(own.id().toString()))
        .body(
            "sides.find { it.municipalityAgs == '" + HDORF + "' }.projectTitle",
            equalTo(other.title()))
        .body(
            "sides.find { it.municipalityAgs == '" + HDORF + "' }.municipalityName",
            equalTo("Hdorf"))
        .body("sides.find { it.municipalityAgs == '" + HDORF + "' }.projectId", nullValue())
        .body("sides.find { it.municipalityAgs == '" + HDORF + "' }.category", nullValue())
        .body("sides.find { it.municipalityAgs == '" + HDORF + "' }.totalCost", nullValue());
    given()
        .auth()
        .oauth2(GDORF_USER)
        .get("/api/conflicts?kind=REDUNDANT")
        .then()
        .statusCode(200)
        .body("total", equalTo(1));
    given()
        .auth()
        .oauth2(GDORF_USER)
        .get("/api/conflicts?municipality=" + HDORF)
        .then()
        .statusCode(403);
    String stranger = TestTokens.municipality("ida", "05999499");
    given().auth().oauth2(stranger).get("/api/conflicts/" + id).then().statusCode(404);
    given()
        .auth()
        .oauth2(stranger)
        .get("/api/conflicts")
        .then()
        .statusCode(200)
        .body("total", equalTo(0));
    post(stranger, id, "acknowledge", Map.of()).statusCode(404);
    given()
        .auth()
        .oauth2(TestTokens.of("sam", "scout"))
        .get("/api/conflicts")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(TestTokens.of("vera", "viewer"))
        .get("/api/conflicts/" + id)
        .then()
        .statusCode(200)
        .body("sides[0].projectId", org.hamcrest.Matchers.notNullValue())
        .body("sides[1].projectId", org.hamcrest.Matchers.notNullValue());
  }

  private static io.restassured.response.ValidatableResponse post(
      String token, Object id, String action, Map<String, Object> body) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/conflicts/" + id + "/" + action)
        .then();
  }
}

package de.foerderlotse.municipality.api;

import static de.foerderlotse.municipality.Fixtures.COORDINATOR;
import static de.foerderlotse.municipality.Fixtures.COUNTY;
import static de.foerderlotse.municipality.Fixtures.VIEWER;
import static de.foerderlotse.municipality.Fixtures.municipality;
import static de.foerderlotse.municipality.Fixtures.uniqueWord;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import de.foerderlotse.municipality.domain.Alert;
import de.foerderlotse.municipality.domain.SubjectRef;
import de.foerderlotse.municipality.service.InboxService;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InboxResourceTest {

  private static final String LANGERWEHE = "05358032";
  private static final String USER = municipality(LANGERWEHE);

  @Inject InboxService inbox;

  @Test
  void filtersByTypeAndSeverity() {
    String word = uniqueWord();
    receive("DEADLINE_OVERDUE", "CRITICAL", word);
    receive("PROGRAMME_MATCH", "INFO", word);

    given()
        .auth()
        .oauth2(USER)
        .queryParam("type", "deadline_overdue")
        .queryParam("size", 200)
        .get("/api/inbox")
        .then()
        .statusCode(200)
        .body("items.type", everyItem(equalTo("DEADLINE_OVERDUE")))
        .body("items.message", hasItem("Hinweis " + word + " DEADLINE_OVERDUE"));
    given()
        .auth()
        .oauth2(USER)
        .queryParam("severity", "INFO")
        .queryParam("size", 200)
        .get("/api/inbox")
        .then()
        .body("items.severity", everyItem(equalTo("INFO")))
        .body("items.message", hasItem("Hinweis " + word + " PROGRAMME_MATCH"));
  }

  @Test
  void marksReadAndUnreadAndAcknowledgesWithWhoAndWhen() {
    String word = uniqueWord();
    String id = receive("CONFLICT", "WARNING", word);

    given()
        .auth()
        .oauth2(USER)
        .post("/api/inbox/" + id + "/read")
        .then()
        .statusCode(200)
        .body("read", equalTo(true))
        .body("readBy", equalTo("kommune-" + LANGERWEHE))
        .body("readAt", notNullValue());
    given()
        .auth()
        .oauth2(USER)
        .queryParam("read", false)
        .queryParam("size", 200)
        .get("/api/inbox")
        .then()
        .body("items.id", not(hasItem(id)));
    given()
        .auth()
        .oauth2(USER)
        .post("/api/inbox/" + id + "/unread")
        .then()
        .body("read", equalTo(false));
    given()
        .auth()
        .oauth2(USER)
        .post("/api/inbox/" + id + "/acknowledge")
        .then()
        .statusCode(200)
        .body("acknowledged", equalTo(true))
        .body("read", equalTo(true));
    given()
        .auth()
        .oauth2(USER)
        .queryParam("acknowledged", true)
        .queryParam("size", 200)
        .get("/api/inbox")
        .then()
        .body("items.id", hasItem(id));
  }

  @Test
  void letsViewersReadButNotAcknowledge() {
    String id = receive("BUDGET_PRESSURE", "WARNING", uniqueWord());
    given().auth().oauth2(VIEWER).get("/api/inbox/" + id).then().statusCode(200);
    given().auth().oauth2(VIEWER).post("/api/inbox/" + id + "/acknowledge").then().statusCode(403);
  }

  @Test
  void keepsTheCountysOwnInboxApartFromTheMunicipalities() {
    String word = uniqueWord();
    inbox.receive(
        UUID.randomUUID().toString(),
        new Alert(
            UUID.randomUUID().toString(),
            "BUDGET_PRESSURE",
            "WARNING",
            List.of(),
            true,
            List.of(),
            "Kreis " + word,
            "county:" + word,
            Instant.now()));
    given()
        .auth()
        .oauth2(COORDINATOR)
        .queryParam("ags", COUNTY)
        .queryParam("size", 200)
        .get("/api/inbox")
        .then()
        .body("items.message", hasItem("Kreis " + word));
    given()
        .auth()
        .oauth2(USER)
        .queryParam("size", 200)
        .get("/api/inbox")
        .then()
        .body("items.message", not(hasItem("Kreis " + word)));
  }

  @Test
  void rejectsMalformedFiltersWith400() {
    given()
        .auth()
        .oauth2(USER)
        .queryParam("type", "'; drop table")
        .get("/api/inbox")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  private String receive(String type, String severity, String word) {
    String message = "Hinweis " + word + " " + type;
    inbox.receive(
        UUID.randomUUID().toString(),
        new Alert(
            UUID.randomUUID().toString(),
            type,
            severity,
            List.of(LANGERWEHE),
            false,
            List.of(new SubjectRef("PROJECT", UUID.randomUUID().toString(), "Projekt " + word)),
            message,
            type + ":" + word,
            Instant.now()));
    return given()
        .auth()
        .oauth2(USER)
        .queryParam("size", 200)
        .get("/api/inbox")
        .then()
        .statusCode(200)
        .extract()
        .path("items.find { it.message == '" + message + "' }.id");
  }
}

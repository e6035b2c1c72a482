package de.foerderlotse.gateway.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import de.foerderlotse.infra.test.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * The dashboard against the echo server (project- and municipality-service), a funding-service that
 * is down, and a project-service that does not offer conflicts yet (404).
 */
@QuarkusTest
class DashboardResourceTest {

  private static final String COORDINATOR = TestTokens.of("kai", "coordinator");

  @Test
  void asksEachServiceWithTheCallersTokenAndDegradesPerSection() {
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));

    given()
        .auth()
        .oauth2(COORDINATOR)
        .get("/api/dashboard?days=14")
        .then()
        .statusCode(200)
        .body("scope.county", equalTo(true))
        .body("to", equalTo(today.plusDays(14).toString()))
        .body("sections.deadlinesDue.data.path", equalTo("/api/deadlines"))
        .body(
            "sections.deadlinesDue.data.query",
            containsString("status=OPEN&dueFrom=" + today + "&dueTo=" + today.plusDays(14)))
        .body("sections.deadlinesDue.data.authorization", equalTo("Bearer " + COORDINATOR))
        .body("sections.deadlinesOverdue.data.query", containsString("status=MISSED"))
        .body("sections.latestAlerts.data.query", containsString("resolved=false"))
        .body("sections.latestAlerts.error", nullValue())
        .body("sections.openConflicts.error.status", equalTo(404))
        .body("sections.openConflicts.data", nullValue())
        .body("sections.conflictCounts.data.path", equalTo("/api/conflicts/counts"))
        .body("sections.budgetPressure.data.path", equalTo("/api/budget-pressure"))
        .body("sections.budgetPressure.data.authorization", equalTo("Bearer " + COORDINATOR))
        .body("sections.callDeadlines.error.status", equalTo(503))
        .body("sections.callDeadlines.error.detail", containsString("Dienst"));
  }

  @Test
  void countyUserMayNarrowToOneMunicipality() {
    given()
        .auth()
        .oauth2(COORDINATOR)
        .get("/api/dashboard?ags=05358004")
        .then()
        .statusCode(200)
        .body("scope.county", equalTo(false))
        .body("scope.ags", equalTo("05358004"))
        .body("sections.deadlinesDue.data.query", containsString("ags=05358004"))
        .body("sections.conflictCounts.data.query", equalTo("municipality=05358004"))
        .body("sections.budgetPressure.data.query", equalTo("ags=05358004"));
  }

  @Test
  void municipalityGetsItsOwnScopeWhateverItAsksFor() {
    String token = TestTokens.municipality("dana", "05358008");

    given()
        .auth()
        .oauth2(token)
        .get("/api/dashboard?ags=05358004")
        .then()
        .statusCode(200)
        .body("scope.ags", equalTo("05358008"))
        .body("sections.deadlinesDue.data.query", not(containsString("ags=")))
        .body("sections.deadlinesDue.data.authorization", equalTo("Bearer " + token));
  }

  @Test
  void refusesOtherRolesAndNonsensePeriods() {
    given()
        .auth()
        .oauth2(TestTokens.of("sina", "scout"))
        .get("/api/dashboard")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    given().auth().oauth2(COORDINATOR).get("/api/dashboard?days=0").then().statusCode(400);
    given()
        .auth()
        .oauth2(COORDINATOR)
        .get("/api/dashboard?ags=05358004%26size=1")
        .then()
        .statusCode(400);
    given().get("/api/dashboard").then().statusCode(401);
  }
}

package de.foerderlotse.project.alert;

import static de.foerderlotse.project.Fixtures.COORDINATOR;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import de.foerderlotse.infra.test.TestTokens;
import de.foerderlotse.project.Fixtures;
import de.foerderlotse.project.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AlertResourceTest {

  private static final String LANGERWEHE = "05358020";
  private static final String OWN = TestTokens.municipality("langerwehe", LANGERWEHE);
  private static final String OTHER = TestTokens.municipality("merzenich", "05358032");

  @Test
  void filtersPagesResolvesAndKeepsMunicipalitiesApart() {
    UUID project =
        Fixtures.project(LANGERWEHE, "Feuerwehrgerätehaus", "CIVIL_PROTECTION", "900000");
    TestEvents.programme(
        UUID.randomUUID(),
        1,
        "Feuerwehrförderung",
        "CIVIL_PROTECTION",
        UUID.randomUUID(),
        "2000000",
        LocalDate.now().plusMonths(3),
        "ANBEST_GK");
    String path = "/api/alerts?type=FUNDING_MATCH&subjectId=" + project;
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> given().auth().oauth2(OWN).get(path).then().body("total", equalTo(1)));
    String id = given().auth().oauth2(OWN).get(path).then().extract().path("items[0].id");

    given().auth().oauth2(OTHER).get(path).then().statusCode(200).body("total", equalTo(0));
    given().auth().oauth2(OTHER).get("/api/alerts/" + id).then().statusCode(404);
    given().auth().oauth2(OTHER).post("/api/alerts/" + id + "/resolve").then().statusCode(404);
    given().auth().oauth2(OTHER).get("/api/alerts?ags=" + LANGERWEHE).then().statusCode(403);
    given()
        .auth()
        .oauth2(TestTokens.of("vera", "viewer"))
        .post("/api/alerts/" + id + "/resolve")
        .then()
        .statusCode(403);

    given()
        .auth()
        .oauth2(OWN)
        .post("/api/alerts/" + id + "/resolve")
        .then()
        .statusCode(200)
        .body("resolvedAt", notNullValue())
        .body("resolvedBy", equalTo("langerwehe"));
    given().auth().oauth2(OWN).get(path + "&resolved=false").then().body("total", equalTo(0));
    given().auth().oauth2(OWN).get(path + "&resolved=true").then().body("total", equalTo(1));

    given()
        .auth()
        .oauth2(COORDINATOR)
        .get("/api/alerts?size=1&page=0")
        .then()
        .statusCode(200)
        .body("items", hasSize(1))
        .body("size", equalTo(1))
        .body("total", greaterThanOrEqualTo(1));
    given().auth().oauth2(COORDINATOR).get("/api/alerts?type=UNBEKANNT").then().statusCode(400);
    given().auth().oauth2(COORDINATOR).get("/api/alerts?size=0").then().statusCode(400);
  }
}

package de.foerderlotse.municipality.api;

import static de.foerderlotse.municipality.Fixtures.COORDINATOR;
import static de.foerderlotse.municipality.Fixtures.DUEREN;
import static de.foerderlotse.municipality.Fixtures.SCOUT;
import static de.foerderlotse.municipality.Fixtures.VIEWER;
import static de.foerderlotse.municipality.Fixtures.municipality;
import static de.foerderlotse.municipality.Fixtures.projectBody;
import static de.foerderlotse.municipality.Fixtures.registerProject;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import de.foerderlotse.infra.test.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class ProjectAuthorizationTest {

  @ParameterizedTest
  @ValueSource(strings = {"/api/projects", "/api/inbox", "/api/municipalities"})
  void rejectsRequestWithoutTokenWith401(String path) {
    // The path policy answers before the REST layer, so this 401 carries no problem body.
    given().get(path).then().statusCode(401);
  }

  @Test
  void rejectsExpiredAndForgedTokensWith401() {
    given()
        .auth()
        .oauth2(TestTokens.expired("kora", "coordinator"))
        .get("/api/projects")
        .then()
        .statusCode(401);
    String token = TestTokens.of("kora", "coordinator");
    String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
    given().auth().oauth2(forged).get("/api/projects").then().statusCode(401);
  }

  @Test
  void letsViewersReadButNotWrite() {
    String id = registerProject(municipality(DUEREN), projectBody(null, "Lesbar"));
    given().auth().oauth2(VIEWER).get("/api/projects/" + id).then().statusCode(200);
    given().auth().oauth2(VIEWER).get("/api/projects").then().statusCode(200);
    given()
        .auth()
        .oauth2(VIEWER)
        .contentType(ContentType.JSON)
        .body(projectBody(DUEREN, "Viewer schreibt"))
        .post("/api/projects")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(VIEWER)
        .header("If-Match", "0")
        .contentType(ContentType.JSON)
        .body(projectBody(null, "Viewer ändert"))
        .put("/api/projects/" + id)
        .then()
        .statusCode(403);
    given().auth().oauth2(VIEWER).post("/api/projects/" + id + "/withdraw").then().statusCode(403);
  }

  @Test
  void letsCoordinatorsActForEveryMunicipality() {
    String id = registerProject(COORDINATOR, projectBody(DUEREN, "Vom Kreis angelegt"));
    given()
        .auth()
        .oauth2(COORDINATOR)
        .header("If-Match", "0")
        .contentType(ContentType.JSON)
        .body(projectBody(DUEREN, "Vom Kreis geändert"))
        .put("/api/projects/" + id)
        .then()
        .statusCode(200)
        .body("updatedBy", equalTo("kora"));
    given()
        .auth()
        .oauth2(municipality(DUEREN))
        .get("/api/projects/" + id)
        .then()
        .statusCode(200)
        .body("title", equalTo("Vom Kreis geändert"));
  }

  @Test
  void refusesToMoveAProjectToAnotherMunicipality() {
    String id = registerProject(COORDINATOR, projectBody(DUEREN, "Bleibt in Düren"));
    given()
        .auth()
        .oauth2(COORDINATOR)
        .header("If-Match", "0")
        .contentType(ContentType.JSON)
        .body(projectBody("05358004", "Nach Aldenhoven"))
        .put("/api/projects/" + id)
        .then()
        .statusCode(422);
  }

  @Test
  void refusesScoutsAndUsersWithoutRoleOnProjectsAndInbox() {
    given().auth().oauth2(SCOUT).get("/api/projects").then().statusCode(403);
    given().auth().oauth2(SCOUT).get("/api/inbox").then().statusCode(403);
    given().auth().oauth2(TestTokens.of("nobody")).get("/api/projects").then().statusCode(403);
    given().auth().oauth2(SCOUT).get("/api/municipalities").then().statusCode(200);
  }

  @Test
  void refusesMunicipalityTokenWithoutAgsClaim() {
    given()
        .auth()
        .oauth2(TestTokens.of("ohne-ags", "municipality"))
        .get("/api/projects")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("detail", equalTo("Ihr Token nennt keine gültige Kommune (Anspruch ags)."));
  }

  @Test
  void servesHealthAndApiDocsWithoutToken() {
    given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    given().get("/q/health/live").then().statusCode(200);
    given().get("/q/openapi").then().statusCode(200);
    given().get("/q/metrics").then().statusCode(200);
  }
}

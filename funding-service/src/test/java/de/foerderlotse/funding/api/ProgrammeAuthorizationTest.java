package de.foerderlotse.funding.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import de.foerderlotse.infra.test.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class ProgrammeAuthorizationTest {

  private static final String BODY =
      "{\"title\":\"Programm\",\"fundingBody\":\"Bund\",\"status\":\"DRAFT\"}";

  @Test
  void rejectsRequestWithoutTokenWith401() {
    given()
        .get("/api/programmes")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .body("title", equalTo("Anmeldung erforderlich"));
    given().contentType(ContentType.JSON).body(BODY).post("/api/programmes").then().statusCode(401);
  }

  @Test
  void rejectsExpiredTokenWith401() {
    given()
        .auth()
        .oauth2(TestTokens.expired("sina", "scout"))
        .get("/api/programmes")
        .then()
        .statusCode(401);
  }

  @Test
  void rejectsTokenSignedByAnotherKeyWith401() {
    String token = TestTokens.of("sina", "scout");
    String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
    given().auth().oauth2(forged).get("/api/programmes").then().statusCode(401);
  }

  @ParameterizedTest
  @ValueSource(strings = {"viewer", "municipality"})
  void rejectsRegistrationByRolesThatOnlyReadWith403(String role) {
    given()
        .auth()
        .oauth2(TestTokens.of("someone", role))
        .contentType(ContentType.JSON)
        .body(BODY)
        .post("/api/programmes")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("status", equalTo(403));
  }

  @ParameterizedTest
  @ValueSource(strings = {"viewer", "municipality"})
  void rejectsChangesImportsAndCallsByRolesThatOnlyReadWith403(String role) {
    String id =
        given()
            .auth()
            .oauth2(TestTokens.of("sina", "scout"))
            .contentType(ContentType.JSON)
            .body(BODY)
            .post("/api/programmes")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String token = TestTokens.of("someone", role);
    given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(BODY)
        .put("/api/programmes/" + id)
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(token)
        .header("If-Match", "\"0\"")
        .delete("/api/programmes/" + id)
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body("{}")
        .post("/api/programmes/" + id + "/calls")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body("[]")
        .post("/api/programmes/imports")
        .then()
        .statusCode(403);
    given().auth().oauth2(token).get("/api/programmes/" + id + "/history").then().statusCode(200);
    given()
        .auth()
        .oauth2(TestTokens.of("sina", "scout"))
        .get("/api/programmes/" + id)
        .then()
        .statusCode(200)
        .body("version", equalTo(0));
  }

  @Test
  void letsCoordinatorChangeProgrammes() {
    String coordinator = TestTokens.of("carla", "coordinator");
    String id =
        given()
            .auth()
            .oauth2(coordinator)
            .contentType(ContentType.JSON)
            .body(BODY)
            .post("/api/programmes")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    given()
        .auth()
        .oauth2(coordinator)
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(BODY.replace("DRAFT", "OPEN"))
        .put("/api/programmes/" + id)
        .then()
        .statusCode(200)
        .body("updatedBy", equalTo("carla"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"scout", "coordinator", "municipality", "viewer"})
  void letsEveryRoleReadTheCatalogue(String role) {
    given()
        .auth()
        .oauth2(TestTokens.of("someone", role))
        .get("/api/programmes")
        .then()
        .statusCode(200);
  }

  @Test
  void rejectsTokenWithoutAnyRoleWith403() {
    given().auth().oauth2(TestTokens.of("nobody")).get("/api/programmes").then().statusCode(403);
  }

  @Test
  void servesHealthAndApiDocsWithoutToken() {
    given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    given().get("/q/health/live").then().statusCode(200);
    given().get("/q/openapi").then().statusCode(200);
    given().get("/q/metrics").then().statusCode(200);
  }
}

package de.foerderlotse.gateway.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import de.foerderlotse.infra.test.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApiProxyResourceTest {

  private static final String TOKEN = TestTokens.of("kai", "coordinator");

  @Test
  void forwardsPathQueryBodyAndTheCallersOwnToken() {
    given()
        .auth()
        .oauth2(TOKEN)
        .contentType(ContentType.JSON)
        .header("If-Match", "\"3\"")
        .body("{\"requestedAmount\":1000}")
        .post("/api/applications/abc/submit?dryRun=true")
        .then()
        .statusCode(201)
        .header("ETag", "\"7\"")
        .header("Location", endsWith("/api/applications/abc/submit/42"))
        .body("method", equalTo("POST"))
        .body("path", equalTo("/api/applications/abc/submit"))
        .body("query", equalTo("dryRun=true"))
        .body("authorization", equalTo("Bearer " + TOKEN))
        .body("ifMatch", equalTo("\"3\""))
        .body("body.requestedAmount", equalTo(1000));
  }

  @Test
  void rejectsRequestWithoutTokenBeforeForwarding() {
    given()
        .get("/api/applications")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .body("title", equalTo("Anmeldung erforderlich"));
    given()
        .auth()
        .oauth2(TestTokens.expired("kai", "coordinator"))
        .get("/api/applications")
        .then()
        .statusCode(401);
  }

  @Test
  void answers503ProblemWhenTheOwningServiceIsDown() {
    given()
        .auth()
        .oauth2(TOKEN)
        .get("/api/programmes")
        .then()
        .statusCode(503)
        .contentType("application/problem+json")
        .body("status", equalTo(503));
  }

  @Test
  void answers504ProblemWhenTheOwningServiceIsTooSlow() {
    given()
        .auth()
        .oauth2(TOKEN)
        .get("/api/applications/slow")
        .then()
        .statusCode(504)
        .contentType("application/problem+json")
        .body("title", equalTo("Zeitüberschreitung"));
  }

  @Test
  void answers404ProblemForAnUnknownArea() {
    given()
        .auth()
        .oauth2(TOKEN)
        .get("/api/unbekannt/1")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void servesHealthWithoutToken() {
    given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
  }
}

package de.foerderlotse.gateway.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import de.foerderlotse.infra.test.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** One token's flood is answered 429 for that token only (the tests allow 300 per minute). */
@QuarkusTest
class UserRateLimitTest {

  private static final int LIMIT = 300;

  @Test
  void aRequestOverTheLimitWithinTheWindowIs429WithRetryAfterForThatUserOnly() {
    String flooder = TestTokens.of("flut-" + UUID.randomUUID(), "coordinator");
    for (int call = 0; call < LIMIT; call++) {
      given().auth().oauth2(flooder).get("/api/applications/a" + call).then().statusCode(200);
    }
    given()
        .auth()
        .oauth2(flooder)
        .get("/api/applications/zuviel")
        .then()
        .statusCode(429)
        .contentType("application/problem+json")
        .header("Retry-After", notNullValue())
        .body("status", equalTo(429));

    given()
        .auth()
        .oauth2(TestTokens.of("ruhig-" + UUID.randomUUID(), "coordinator"))
        .get("/api/applications/b")
        .then()
        .statusCode(200);
  }
}

package de.foerderlotse.gateway.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import de.foerderlotse.infra.test.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Retries and circuit breaking against the echo server: {@code /flaky-<n>-} paths drop the
 * connection n times, {@code /broken} paths always (see EchoServiceResource). The tests use
 * municipality-service's areas so an opened breaker cannot disturb the other test classes.
 */
@QuarkusTest
class ResilienceTest {

  private static final String TOKEN = TestTokens.of("kai", "coordinator");

  @Test
  void retriesAnIdempotentRequestAfterABrokenConnection() {
    String path = "/api/projects/flaky-2-" + UUID.randomUUID();

    given().auth().oauth2(TOKEN).get(path).then().statusCode(200).body("attempt", equalTo(3));
    given()
        .auth()
        .oauth2(TOKEN)
        .contentType("application/json")
        .body("{}")
        .put(path + "-put")
        .then()
        .statusCode(200)
        .body("method", equalTo("PUT"))
        .body("attempt", equalTo(3));
  }

  @Test
  void givesUpWith502AfterTheConfiguredRetries() {
    String path = "/api/projects/flaky-3-" + UUID.randomUUID();

    // PUT, because the JDK client itself also retries a GET once on a connection closed unanswered.
    given().auth().oauth2(TOKEN).body("{}").put(path).then().statusCode(502);
    // Three attempts were made (one plus two retries): the next request is the fourth.
    given()
        .auth()
        .oauth2(TOKEN)
        .body("{}")
        .put(path)
        .then()
        .statusCode(200)
        .body("attempt", equalTo(4));
  }

  @Test
  void neverRetriesAPost() {
    String path = "/api/projects/flaky-1-" + UUID.randomUUID();

    given()
        .auth()
        .oauth2(TOKEN)
        .contentType("application/json")
        .body("{}")
        .post(path)
        .then()
        .statusCode(502)
        .contentType("application/problem+json")
        .body("title", equalTo("Fehlerhafte Antwort eines Dienstes"));
    // The service saw the first POST exactly once: the next one is its second request.
    given()
        .auth()
        .oauth2(TOKEN)
        .contentType("application/json")
        .body("{}")
        .post(path)
        .then()
        .statusCode(201)
        .body("attempt", equalTo(2));
  }

  @Test
  void cutsOffAFailingServiceAndLetsItBackInAfterTheOpenTime() {
    for (int call = 0; call < 3; call++) {
      given().auth().oauth2(TOKEN).get("/api/inbox/broken").then().statusCode(502);
    }
    String untouched = "/api/municipalities/" + UUID.randomUUID();

    given()
        .auth()
        .oauth2(TOKEN)
        .get(untouched)
        .then()
        .statusCode(503)
        .contentType("application/problem+json")
        .header("Retry-After", notNullValue())
        .body("title", equalTo("Dienst vorübergehend nicht verfügbar"));

    Response recovered =
        await()
            .atMost(Duration.ofSeconds(10))
            .pollInterval(Duration.ofMillis(100))
            .until(() -> given().auth().oauth2(TOKEN).get(untouched), r -> r.statusCode() == 200);
    // Refused calls never reached the service: the trial call is its first request for the path.
    recovered.then().body("attempt", equalTo(1));
  }

  @Test
  void aBreakerOpensPerServiceNotForTheWholeGateway() {
    for (int call = 0; call < 3; call++) {
      given().auth().oauth2(TOKEN).get("/api/programmes/" + call).then().statusCode(503);
    }
    given().auth().oauth2(TOKEN).get("/api/applications/ok").then().statusCode(200);
  }
}

package de.foerderlotse.gateway.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import de.foerderlotse.infra.test.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A service that accepts connections and never answers (FrozenServiceResource, read timeout 1 s,
 * below the 2 s for writes; breaker opens after 3 faults): reads fail within the timeout, and then
 * at once.
 */
@QuarkusTest
class HungServiceTest {

  private static final String TOKEN = TestTokens.of("kai", "coordinator");
  private static final Duration READ_TIMEOUT = Duration.ofSeconds(1);
  private static final Duration MARGIN = Duration.ofMillis(900);

  @Test
  void answers504WithinTheReadTimeoutThenOpensTheBreaker() {
    for (int call = 0; call < 3; call++) {
      long started = System.nanoTime();
      Response answer = given().auth().oauth2(TOKEN).get("/api/frozen/" + call);
      Duration took = Duration.ofNanos(System.nanoTime() - started);

      answer
          .then()
          .statusCode(504)
          .contentType("application/problem+json")
          .header("Retry-After", notNullValue())
          .body("title", equalTo("Zeitüberschreitung"))
          .body("detail", containsString("nicht rechtzeitig"));
      assertThat(took).isBetween(READ_TIMEOUT.minusMillis(100), READ_TIMEOUT.plus(MARGIN));
    }

    long started = System.nanoTime();
    Response refused = given().auth().oauth2(TOKEN).get("/api/frozen/after");
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    refused
        .then()
        .statusCode(503)
        .contentType("application/problem+json")
        .header("Retry-After", notNullValue())
        .body("detail", containsString("vorübergehend ausgesetzt"));
    // The open breaker answers without waiting for the service at all.
    assertThat(took).isLessThan(READ_TIMEOUT.dividedBy(2));
  }
}

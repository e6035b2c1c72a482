package de.foerderlotse.municipality.health;

import static de.foerderlotse.municipality.Fixtures.COORDINATOR;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import de.foerderlotse.infra.test.TestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Readiness while the real PostgreSQL server is stopped, and after it is back. */
@QuarkusTest
class ReadinessTest {

  private static final Duration WITHIN = Duration.ofSeconds(1);

  @Test
  void answers503WithinASecondWhileTheDatabaseIsDownAndRecoversWithoutRestart() {
    given().get("/q/health/ready").then().statusCode(200);

    TestInfrastructure.stopPostgres();
    try {
      // Twice: the second call meets the probe the first one left waiting, if any.
      for (int call = 0; call < 2; call++) {
        long started = System.nanoTime();
        Response ready = given().get("/q/health/ready");
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        ready
            .then()
            .statusCode(503)
            .body("checks.find { it.name == 'database' }.status", equalTo("DOWN"));
        System.out.printf(
            "readiness with PostgreSQL stopped: %d after %d ms%n",
            ready.statusCode(), took.toMillis());
        assertThat(took).isLessThan(WITHIN);
      }
    } finally {
      TestInfrastructure.restartPostgres();
    }

    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> given().get("/q/health/ready").statusCode() == 200);
    // The pool replaced its dead connections: a request that reads the database works again.
    Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(250))
        .until(
            () ->
                given().auth().oauth2(COORDINATOR).get("/api/municipalities").statusCode() == 200);
  }
}

package de.foerderlotse.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import de.foerderlotse.infra.Realm;
import io.restassured.http.ContentType;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The plumbing end to end: a scout signs in at the real Keycloak, registers a programme through the
 * gateway, and project-service learns about it over the real Kafka broker.
 */
class WalkingSkeletonIT {

  @BeforeAll
  static void startSystem() {
    RunningSystem.get();
  }

  @ParameterizedTest
  @ValueSource(strings = {"gateway", "funding", "project", "municipality"})
  void everyServiceIsReady(String service) {
    given()
        .get(RunningSystem.url(service) + "/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"));
  }

  @Test
  void programmeRegisteredThroughTheGatewayReachesProjectService() {
    String scout = RunningSystem.keycloak().passwordGrant("scout", Realm.DEMO_PASSWORD);
    String id =
        given()
            .auth()
            .oauth2(scout)
            .contentType(ContentType.JSON)
            .body(
                """
                {"externalReference":"E2E-1","title":"Mobilstationen im Rheinischen Revier",
                 "fundingBody":"Zweckverband Region Aachen","status":"OPEN"}
                """)
            .post(RunningSystem.url("gateway") + "/api/programmes")
            .then()
            .statusCode(201)
            .body("createdBy", equalTo("scout"))
            .extract()
            .path("id");

    String coordinator = RunningSystem.keycloak().passwordGrant("coordinator", Realm.DEMO_PASSWORD);
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(coordinator)
                    .get(RunningSystem.url("gateway") + "/api/read-models/programmes/" + id)
                    .then()
                    .statusCode(200)
                    .body("title", equalTo("Mobilstationen im Rheinischen Revier")));
  }

  @Test
  void gatewayAndServicesRefuseWhatTheRoleDoesNotAllow() {
    String municipality =
        RunningSystem.keycloak().passwordGrant("kommune-dueren", Realm.DEMO_PASSWORD);
    given()
        .auth()
        .oauth2(municipality)
        .contentType(ContentType.JSON)
        .body("{\"title\":\"Fremdes Programm\",\"fundingBody\":\"Bund\",\"status\":\"OPEN\"}")
        .post(RunningSystem.url("gateway") + "/api/programmes")
        .then()
        .statusCode(403);
    given().get(RunningSystem.url("gateway") + "/api/programmes").then().statusCode(401);
    given().get(RunningSystem.url("funding") + "/api/programmes").then().statusCode(401);
    given()
        .auth()
        .oauth2(municipality)
        .get(RunningSystem.url("gateway") + "/api/programmes")
        .then()
        .statusCode(200);
  }

  @Test
  void serviceAccountGetsATokenByClientCredentials() {
    String service = RunningSystem.keycloak().clientCredentialsGrant();
    given()
        .auth()
        .oauth2(service)
        .get(RunningSystem.url("gateway") + "/api/programmes")
        .then()
        .statusCode(200);
  }
}

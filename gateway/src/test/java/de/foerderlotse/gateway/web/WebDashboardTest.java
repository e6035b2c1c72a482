package de.foerderlotse.gateway.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import de.foerderlotse.infra.test.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The web dashboard's front door: browsers are sent to Keycloak's login (authorization code flow of
 * the dashboard client), API clients still get 401 problem+json and never a redirect. Signing in
 * and the pages themselves are tested in a real browser against real Keycloak (deploy/e2e).
 */
@QuarkusTest
class WebDashboardTest {

  @Test
  void sendsABrowserWithoutSessionToTheKeycloakLogin() {
    given()
        .redirects()
        .follow(false)
        .accept("text/html")
        .get("/ui/konflikte")
        .then()
        .statusCode(302)
        .header(
            "Location",
            startsWith("https://keycloak.test/realms/foerderlotse/protocol/openid-connect/auth?"))
        .header("Location", containsString("client_id=foerderlotse-dashboard"))
        .header("Location", containsString("response_type=code"));
  }

  @Test
  void keepsAnsweringApiClientsWith401ProblemInsteadOfARedirect() {
    given()
        .redirects()
        .follow(false)
        .accept("text/html")
        .get("/api/applications")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    given()
        .redirects()
        .follow(false)
        .get("/api/alerts/stream")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
  }

  @Test
  void aBearerTokenDoesNotOpenTheWebPages() {
    // The pages need the dashboard session; a bearer token alone is not a browser login.
    given()
        .redirects()
        .follow(false)
        .auth()
        .oauth2(TestTokens.of("kai", "coordinator"))
        .get("/ui")
        .then()
        .statusCode(302);
  }

  @Test
  void servesTheOpenStartPageAndItsAssetsInGerman() {
    given()
        .get("/")
        .then()
        .statusCode(200)
        .contentType(containsString("text/html"))
        .body(containsString("<html lang=\"de\">"))
        .body(containsString("href=\"/ui\""));
    given().get("/assets/dashboard.css").then().statusCode(200);
    given()
        .get("/assets/dashboard.js")
        .then()
        .statusCode(200)
        .body(containsString("new EventSource(\"/api/alerts/stream\")"));
  }

  @Test
  void unknownApiPathsAreStillProblemsNotPages() {
    given()
        .auth()
        .oauth2(TestTokens.of("kai", "coordinator"))
        .get("/api/unbekannt")
        .then()
        .statusCode(404)
        .body("title", equalTo("Nicht gefunden"));
  }
}

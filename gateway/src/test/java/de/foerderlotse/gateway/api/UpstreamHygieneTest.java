package de.foerderlotse.gateway.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import de.foerderlotse.infra.test.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What the gateway sends upstream: the path exactly as the client encoded it, over HTTP/1.1, and
 * never a body the owning service would refuse for its size.
 */
@QuarkusTest
class UpstreamHygieneTest {

  private static final String TOKEN = TestTokens.of("uwe", "coordinator");

  @Test
  void forwardsAnEncodedControlCharacterStillEncoded() {
    given()
        .auth()
        .oauth2(TOKEN)
        .urlEncodingEnabled(false)
        .get("/api/projects/%09")
        .then()
        .statusCode(200)
        .body("path", equalTo("/api/projects/%09"));
  }

  @Test
  void forwardsEncodedBracesStillEncoded() {
    given()
        .auth()
        .oauth2(TOKEN)
        .urlEncodingEnabled(false)
        .delete("/api/applications/abc/calls/%7B%7D")
        .then()
        .statusCode(200)
        .body("method", equalTo("DELETE"))
        .body("path", equalTo("/api/applications/abc/calls/%7B%7D"));
  }

  @Test
  void anEncodedQuestionMarkStaysPartOfThePath() {
    given()
        .auth()
        .oauth2(TOKEN)
        .urlEncodingEnabled(false)
        .get("/api/projects/a%3Fb?c=d")
        .then()
        .statusCode(200)
        .body("path", equalTo("/api/projects/a%3Fb"))
        .body("query", equalTo("c=d"));
  }

  @Test
  void talksHttp11ToServicesWithoutAskingForASharedHttp2Connection() {
    given()
        .auth()
        .oauth2(TOKEN)
        .get("/api/applications/" + UUID.randomUUID())
        .then()
        .statusCode(200)
        .body("upgrade", equalTo("null"));
  }

  @Test
  void aBodyOverTheServicesLimitIs413AndNeverOpensTheBreaker() {
    byte[] big = new byte[600 * 1024];
    Arrays.fill(big, (byte) 'a');
    String body = "{\"title\":\"" + new String(big) + "\"}";
    for (int call = 0; call < 5; call++) {
      given()
          .auth()
          .oauth2(TOKEN)
          .contentType("application/json")
          .body(body)
          .put("/api/projects/" + UUID.randomUUID())
          .then()
          .statusCode(413)
          .contentType("application/problem+json")
          .body("status", equalTo(413));
    }
    given()
        .auth()
        .oauth2(TestTokens.of("andere", "coordinator"))
        .get("/api/municipalities/" + UUID.randomUUID())
        .then()
        .statusCode(200);
  }
}

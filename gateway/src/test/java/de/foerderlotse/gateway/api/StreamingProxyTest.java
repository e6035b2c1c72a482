package de.foerderlotse.gateway.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import de.foerderlotse.gateway.EchoServiceResource;
import de.foerderlotse.infra.test.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Bodies pass through the gateway as they arrive, in both directions, without being held whole in
 * memory; a streamed request body is sent only once, even for an idempotent method.
 */
@QuarkusTest
class StreamingProxyTest {

  private static final String TOKEN = TestTokens.of("kai", "coordinator");

  @TestHTTPResource("/")
  URI gateway;

  @Test
  void streamsALargeRequestBodyToTheServiceUnchanged() throws Exception {
    byte[] body = new byte[8 * 1024 * 1024];
    new java.util.Random(7).nextBytes(body);
    String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));

    given()
        .auth()
        .oauth2(TOKEN)
        .contentType("application/octet-stream")
        .body(body)
        .post("/api/applications/streaming/digest")
        .then()
        .statusCode(200)
        .body("bytes", equalTo(body.length))
        .body("sha256", equalTo(sha256))
        .body("contentLength", equalTo(Integer.toString(body.length)));
  }

  @Test
  void streamsALargeAnswerToTheCaller() throws Exception {
    long size = 24L * 1024 * 1024;
    HttpResponse<InputStream> response =
        HttpClient.newHttpClient()
            .send(
                request("api/applications/streaming/download-" + size),
                HttpResponse.BodyHandlers.ofInputStream());
    long read = 0;
    long mismatches = 0;
    try (InputStream in = response.body()) {
      byte[] buffer = new byte[65536];
      for (int n; (n = in.read(buffer)) > 0; ) {
        for (int i = 0; i < n; i++) {
          mismatches += buffer[i] == (byte) ((read + i) % 65536) ? 0 : 1;
        }
        read += n;
      }
    }
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(read).isEqualTo(size);
    assertThat(mismatches).isZero();
  }

  @Test
  void passesOnTheFirstPartOfAnAnswerBeforeTheServiceHasFinished() throws Exception {
    HttpResponse<InputStream> response =
        HttpClient.newHttpClient()
            .send(
                request("api/applications/streaming/trickle"),
                HttpResponse.BodyHandlers.ofInputStream());
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
      // A buffering gateway would hold the first line until the service releases the rest.
      String first = CompletableFuture.supplyAsync(() -> readLine(lines)).get(5, TimeUnit.SECONDS);
      assertThat(first).isEqualTo("erster Teil");
      EchoServiceResource.releaseTrickle();
      assertThat(lines.readLine()).isEqualTo("zweiter Teil");
    }
  }

  @Test
  void neverRetriesAnIdempotentRequestWhoseStreamedBodyIsGone() {
    String path = "/api/projects/flaky-1-" + UUID.randomUUID();
    byte[] large = new byte[512 * 1024];

    given().auth().oauth2(TOKEN).body(large).put(path).then().statusCode(502);
    // One attempt only: the next request is the second; a small body would have been retried.
    given()
        .auth()
        .oauth2(TOKEN)
        .body("{}")
        .put(path)
        .then()
        .statusCode(200)
        .body("attempt", equalTo(2));
  }

  private HttpRequest request(String path) {
    return HttpRequest.newBuilder(gateway.resolve(path))
        .header("Authorization", "Bearer " + TOKEN)
        .build();
  }

  private static String readLine(BufferedReader lines) {
    try {
      return lines.readLine();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

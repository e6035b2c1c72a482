package de.foerderlotse.gateway.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import de.foerderlotse.infra.test.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What the HTTP layer refuses before JAX-RS is problem+json too; raw requests show the bytes. */
@QuarkusTest
class HttpLayerProblemsTest {

  private static final String TOKEN = TestTokens.of("hanna", "coordinator");

  private static final Pattern CONTENT_LENGTH = Pattern.compile("(?i)content-length: *(\\d+)");

  @TestHTTPResource("/")
  URL root;

  private String raw(String head) throws IOException {
    try (Socket socket = new Socket(root.getHost(), root.getPort())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      // Head, then exactly Content-Length bytes: the server may keep the connection open.
      StringBuilder answer = new StringBuilder();
      while (!answer.toString().endsWith("\r\n\r\n")) {
        int b = in.read();
        if (b < 0) {
          break;
        }
        answer.append((char) b);
      }
      Matcher length = CONTENT_LENGTH.matcher(answer);
      byte[] body = length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : new byte[0];
      return answer + new String(body, StandardCharsets.UTF_8);
    }
  }

  @Test
  void aDeclaredBodyOverTheLimitIs413ProblemBeforeItIsSent() throws IOException {
    String answer =
        raw(
            "PUT /api/projects/x HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + TOKEN
                + "\r\nContent-Type: application/json\r\nContent-Length: 20000000\r\n\r\n");
    assertThat(answer).startsWith("HTTP/1.1 413");
    assertThat(answer).containsIgnoringCase("content-type: application/problem+json");
    assertThat(answer).contains("\"status\":413");
  }

  @Test
  void anOverlongUriIs414Problem() throws IOException {
    String answer =
        raw(
            "GET /api/projects?text="
                + "a".repeat(9000)
                + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    assertThat(answer).startsWith("HTTP/1.1 414");
    assertThat(answer).containsIgnoringCase("content-type: application/problem+json");
    assertThat(answer).contains("\"status\":414");
  }

  @Test
  void anUnknownPathOutsideTheApiIs404Problem() {
    given()
        .auth()
        .oauth2(TOKEN)
        .get("/gibt/es/nicht")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("status", equalTo(404));
  }

  @Test
  void anUnknownApiAreaIs404Problem() {
    given()
        .auth()
        .oauth2(TOKEN)
        .get("/api/unbekannt/1")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void aMalformedRequestLineIs400Problem() throws IOException {
    String answer = raw("GET /a b c HTTP/1.1\r\nHost: localhost\r\n\r\n");
    assertThat(answer).matches("(?s)HTTP/1\\.[01] 400 .*");
    assertThat(answer).containsIgnoringCase("content-type: application/problem+json");
    assertThat(answer).contains("\"status\":400");
  }

  @Test
  void anInvalidPercentEscapeIs400Problem() throws IOException {
    String answer =
        raw("GET /api/projects?text=%ZZ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    assertThat(answer).matches("(?s)HTTP/1\\.[01] 400 .*");
    assertThat(answer).containsIgnoringCase("content-type: application/problem+json");
  }

  @Test
  void aRequestLineOverTheDecoderLimitIs414Problem() throws IOException {
    String answer =
        raw(
            "GET /api/projects?text="
                + "a".repeat(70_000)
                + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
    assertThat(answer).matches("(?s)HTTP/1\\.[01] 414 .*");
    assertThat(answer).containsIgnoringCase("content-type: application/problem+json");
    assertThat(answer).contains("\"status\":414");
  }

  @Test
  void headersOverTheDecoderLimitAre431Problem() throws IOException {
    String answer =
        raw(
            "GET /api/projects HTTP/1.1\r\nHost: localhost\r\nX-Big: "
                + "b".repeat(40_000)
                + "\r\n\r\n");
    assertThat(answer).matches("(?s)HTTP/1\\.[01] 431 .*");
    assertThat(answer).containsIgnoringCase("content-type: application/problem+json");
    assertThat(answer).contains("\"status\":431");
  }
}

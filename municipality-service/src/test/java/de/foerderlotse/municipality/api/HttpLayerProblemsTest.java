package de.foerderlotse.municipality.api;

import static de.foerderlotse.municipality.Fixtures.DUEREN;
import static de.foerderlotse.municipality.Fixtures.municipality;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Errors the HTTP layer finds before a resource runs are problem+json like every other error. */
@QuarkusTest
class HttpLayerProblemsTest {

  private static final String DUEREN_USER = municipality(DUEREN);
  private static final String PROBLEM = "application/problem+json";

  @TestHTTPResource("/")
  URL root;

  @Test
  void bodyOverTheLimitIs413Problem() {
    String body = "{\"title\":\"" + "a".repeat(600 * 1024) + "\",\"category\":\"MOBILITY\"}";
    given()
        .auth()
        .oauth2(DUEREN_USER)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/projects")
        .then()
        .statusCode(413)
        .contentType(equalTo(PROBLEM))
        .body("status", equalTo(413));
  }

  @Test
  void overlongUriIs414Problem() {
    given()
        .auth()
        .oauth2(DUEREN_USER)
        .get("/api/projects?text=" + "a".repeat(9000))
        .then()
        .statusCode(414)
        .contentType(equalTo(PROBLEM))
        .body("status", equalTo(414));
  }

  @Test
  void unknownPathIs404Problem() {
    given()
        .auth()
        .oauth2(DUEREN_USER)
        .get("/nirgendwo/hier")
        .then()
        .statusCode(404)
        .contentType(equalTo(PROBLEM));
  }

  @Test
  void malformedJsonIs400Problem() {
    given()
        .auth()
        .oauth2(DUEREN_USER)
        .contentType(ContentType.JSON)
        .body("{\"title\":")
        .post("/api/projects")
        .then()
        .statusCode(400)
        .contentType(equalTo(PROBLEM));
  }

  @Test
  void wrongMethodMediaTypeAndAcceptAreProblems() {
    given()
        .auth()
        .oauth2(DUEREN_USER)
        .delete("/api/projects")
        .then()
        .statusCode(405)
        .contentType(equalTo(PROBLEM));
    given()
        .auth()
        .oauth2(DUEREN_USER)
        .contentType(ContentType.TEXT)
        .body("x")
        .post("/api/projects")
        .then()
        .statusCode(415)
        .contentType(equalTo(PROBLEM));
    given()
        .auth()
        .oauth2(DUEREN_USER)
        .accept("application/xml")
        .get("/api/projects")
        .then()
        .statusCode(406)
        .contentType(equalTo(PROBLEM));
  }

  @Test
  void requestsTheHttpDecoderRefusesAreProblems() throws IOException {
    assertRawProblem("GET /a b c HTTP/1.1\r\nHost: localhost\r\n\r\n", 400);
    assertRawProblem("GET /api/projects?text=%ZZ HTTP/1.1\r\nHost: localhost\r\n\r\n", 400);
    assertRawProblem(
        "GET /api/projects?text=" + "a".repeat(70_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n",
        414);
    assertRawProblem(
        "GET /api/projects HTTP/1.1\r\nHost: localhost\r\nX-Big: "
            + "b".repeat(40_000)
            + "\r\n\r\n",
        431);
  }

  /** Sends bytes no HTTP client library would send and checks the whole answer. */
  private void assertRawProblem(String request, int status) throws IOException {
    try (Socket socket = new Socket(root.getHost(), root.getPort())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      // The server closes the connection after a refusal, so the answer ends with the stream.
      String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      org.assertj.core.api.Assertions.assertThat(answer)
          .matches("(?s)HTTP/1\\.[01] " + status + " .*")
          .containsIgnoringCase("content-type: " + PROBLEM)
          .contains("\"status\":" + status);
    }
  }
}

package de.foerderlotse.municipality.api;

import static de.foerderlotse.municipality.Fixtures.DUEREN;
import static de.foerderlotse.municipality.Fixtures.municipality;
import static de.foerderlotse.municipality.Fixtures.projectBody;
import static de.foerderlotse.municipality.Fixtures.registerProject;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Two users change the same version at the same time: the one whose write lands second gets 409,
 * even though its version check passed before the other one committed.
 */
@QuarkusTest
class ProjectConcurrencyTest {

  @ConfigProperty(name = "quarkus.datasource.jdbc.url")
  String url;

  @ConfigProperty(name = "quarkus.datasource.username")
  String username;

  @ConfigProperty(name = "quarkus.datasource.password")
  String password;

  @Test
  void answersTheChangeThatLostARaceWith409() throws Exception {
    String user = municipality(DUEREN);
    String id = registerProject(user, projectBody(null, "Wettlauf"));

    try (Connection other = DriverManager.getConnection(url, username, password)) {
      other.setAutoCommit(false);
      try (PreparedStatement update =
          other.prepareStatement(
              "update project set version = version + 1, title = 'Schneller' where id = ?")) {
        update.setObject(1, UUID.fromString(id));
        assertThat(update.executeUpdate()).isEqualTo(1);
      }
      CompletableFuture<Integer> slower =
          CompletableFuture.supplyAsync(
              () ->
                  given()
                      .auth()
                      .oauth2(user)
                      .header("If-Match", "0")
                      .contentType(ContentType.JSON)
                      .body(projectBody(null, "Langsamer"))
                      .put("/api/projects/" + id)
                      .statusCode());
      // The slower request has read version 0 and now waits for the row the other one holds.
      Awaitility.await().atMost(Duration.ofSeconds(30)).until(this::someoneWaitsForALock);
      other.commit();

      assertThat(slower.get(30, TimeUnit.SECONDS)).isEqualTo(409);
    }
    given()
        .auth()
        .oauth2(user)
        .get("/api/projects/" + id)
        .then()
        .statusCode(200)
        .body("title", org.hamcrest.Matchers.equalTo("Schneller"));
  }

  private boolean someoneWaitsForALock() throws SQLException {
    try (Connection connection = DriverManager.getConnection(url, username, password);
        ResultSet waiting =
            connection
                .createStatement()
                .executeQuery("select count(*) from pg_locks where not granted")) {
      waiting.next();
      return waiting.getInt(1) > 0;
    }
  }
}

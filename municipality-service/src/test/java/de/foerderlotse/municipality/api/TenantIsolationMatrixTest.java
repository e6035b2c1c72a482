package de.foerderlotse.municipality.api;

import static de.foerderlotse.municipality.Fixtures.COORDINATOR;
import static de.foerderlotse.municipality.Fixtures.DUEREN;
import static de.foerderlotse.municipality.Fixtures.JUELICH;
import static de.foerderlotse.municipality.Fixtures.KREUZAU;
import static de.foerderlotse.municipality.Fixtures.municipality;
import static de.foerderlotse.municipality.Fixtures.projectBody;
import static de.foerderlotse.municipality.Fixtures.registerProject;
import static de.foerderlotse.municipality.Fixtures.uniqueWord;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import de.foerderlotse.municipality.domain.Alert;
import de.foerderlotse.municipality.service.InboxService;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The first security property: for every endpoint, a municipality user aimed at another
 * municipality's resources (by id, by list filter, by body field) fails and changes nothing.
 */
@QuarkusTest
class TenantIsolationMatrixTest {

  private static final String INTRUDER = municipality(DUEREN);

  /** Resources of Jülich (and one of Düren to smuggle a foreign AGS into). */
  record Targets(
      String ownProject, String foreignProject, String foreignWord, String foreignItem) {}

  /** One attempt of the intruder and the answer it must get. */
  record Attempt(
      String method, Function<Targets, String> path, Function<Targets, String> body, int status) {}

  private static Targets targets;

  @Inject InboxService inbox;

  static Stream<Named<Attempt>> attempts() {
    String foreignBody = projectBody(null, "Übernahme");
    String bodyNamingJuelich = projectBody(JUELICH, "Untergeschoben");
    return Stream.of(
        attempt("read project by id", "GET", t -> "/api/projects/" + t.foreignProject(), null, 404),
        attempt(
            "change project by id",
            "PUT",
            t -> "/api/projects/" + t.foreignProject(),
            t -> foreignBody,
            404),
        attempt(
            "withdraw project by id",
            "POST",
            t -> "/api/projects/" + t.foreignProject() + "/withdraw",
            null,
            404),
        attempt(
            "read project history by id",
            "GET",
            t -> "/api/projects/" + t.foreignProject() + "/history",
            null,
            404),
        attempt(
            "list projects filtered by foreign AGS",
            "GET",
            t -> "/api/projects?ags=" + JUELICH,
            null,
            403),
        attempt(
            "register project with foreign AGS in body",
            "POST",
            t -> "/api/projects",
            t -> bodyNamingJuelich,
            403),
        attempt(
            "move own project to foreign AGS by body",
            "PUT",
            t -> "/api/projects/" + t.ownProject(),
            t -> bodyNamingJuelich,
            403),
        attempt(
            "change foreign municipality's contact",
            "PUT",
            t -> "/api/municipalities/" + JUELICH + "/contact",
            t -> "{\"name\":\"Eindringling\"}",
            403),
        attempt(
            "list inbox filtered by foreign AGS",
            "GET",
            t -> "/api/inbox?ags=" + JUELICH,
            null,
            403),
        attempt("read inbox item by id", "GET", t -> "/api/inbox/" + t.foreignItem(), null, 404),
        attempt(
            "mark inbox item read by id",
            "POST",
            t -> "/api/inbox/" + t.foreignItem() + "/read",
            null,
            404),
        attempt(
            "mark inbox item unread by id",
            "POST",
            t -> "/api/inbox/" + t.foreignItem() + "/unread",
            null,
            404),
        attempt(
            "acknowledge inbox item by id",
            "POST",
            t -> "/api/inbox/" + t.foreignItem() + "/acknowledge",
            null,
            404));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("attempts")
  void refusesMunicipalityAccessToAnotherMunicipality(Attempt attempt) {
    Targets t = targets();
    RequestSpecification request = given().auth().oauth2(INTRUDER).header("If-Match", "0");
    if (attempt.body() != null) {
      request.contentType(ContentType.JSON).body(attempt.body().apply(t));
    }
    request
        .request(attempt.method(), attempt.path().apply(t))
        .then()
        .statusCode(attempt.status())
        .contentType("application/problem+json");
    assertForeignResourcesUntouched(t);
  }

  @Test
  void hidesForeignProjectsFromUnfilteredAndTextFilteredLists() {
    Targets t = targets();
    given()
        .auth()
        .oauth2(INTRUDER)
        .queryParam("size", 200)
        .get("/api/projects")
        .then()
        .statusCode(200)
        .body("items.ags", not(hasItem(JUELICH)))
        .body("items.id", not(hasItem(t.foreignProject())));
    given()
        .auth()
        .oauth2(INTRUDER)
        .queryParam("text", t.foreignWord())
        .get("/api/projects")
        .then()
        .statusCode(200)
        .body("total", equalTo(0));
  }

  @Test
  void hidesForeignInboxItemsFromTheInbox() {
    Targets t = targets();
    given()
        .auth()
        .oauth2(INTRUDER)
        .queryParam("size", 200)
        .get("/api/inbox")
        .then()
        .statusCode(200)
        .body("items.id", not(hasItem(t.foreignItem())))
        .body("items.ags", not(hasItem(JUELICH)));
  }

  @Test
  void letsPartnersReadAJointProjectButNotChangeIt() {
    Targets t = targets();
    String partner = municipality(KREUZAU);
    given()
        .auth()
        .oauth2(partner)
        .get("/api/projects/" + t.foreignProject())
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(partner)
        .get("/api/projects/" + t.foreignProject() + "/history")
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(partner)
        .queryParam("text", t.foreignWord())
        .get("/api/projects")
        .then()
        .body("total", equalTo(1));
    given()
        .auth()
        .oauth2(partner)
        .header("If-Match", "0")
        .contentType(ContentType.JSON)
        .body(projectBody(null, "Partner ändert"))
        .put("/api/projects/" + t.foreignProject())
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(partner)
        .post("/api/projects/" + t.foreignProject() + "/withdraw")
        .then()
        .statusCode(403);
    assertForeignResourcesUntouched(t);
  }

  @Test
  void letsTheOwnerAndCoordinatorsSeeTheSameResources() {
    Targets t = targets();
    given()
        .auth()
        .oauth2(municipality(JUELICH))
        .get("/api/projects/" + t.foreignProject())
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(municipality(JUELICH))
        .get("/api/inbox/" + t.foreignItem())
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(COORDINATOR)
        .get("/api/projects/" + t.foreignProject())
        .then()
        .statusCode(200);
    given().auth().oauth2(COORDINATOR).get("/api/inbox/" + t.foreignItem()).then().statusCode(200);
  }

  private static Named<Attempt> attempt(
      String name,
      String method,
      Function<Targets, String> path,
      Function<Targets, String> body,
      int status) {
    return Named.of(name, new Attempt(method, path, body, status));
  }

  private static void assertForeignResourcesUntouched(Targets t) {
    given()
        .auth()
        .oauth2(COORDINATOR)
        .get("/api/projects/" + t.foreignProject())
        .then()
        .body("version", equalTo(0))
        .body("status", equalTo("IDEA"));
    given()
        .auth()
        .oauth2(COORDINATOR)
        .get("/api/inbox/" + t.foreignItem())
        .then()
        .body("read", equalTo(false))
        .body("acknowledged", equalTo(false));
    given()
        .auth()
        .oauth2(COORDINATOR)
        .get("/api/municipalities/" + JUELICH)
        .then()
        .body("contact", org.hamcrest.Matchers.nullValue());
  }

  private synchronized Targets targets() {
    if (targets == null) {
      String word = uniqueWord();
      String ownProject = registerProject(INTRUDER, projectBody(null, "Eigenes Projekt"));
      String foreignProject =
          registerProject(
              municipality(JUELICH),
              projectBody(
                  null, "Brainergy Park " + word, "STRUCTURAL_CHANGE", 2, "[\"" + KREUZAU + "\"]"));
      String dedupKey = "test:" + word;
      inbox.receive(
          UUID.randomUUID().toString(),
          new Alert(
              UUID.randomUUID().toString(),
              "DEADLINE_REMINDER",
              "WARNING",
              List.of(JUELICH),
              false,
              List.of(),
              "Stichtag in 7 Tagen " + word,
              dedupKey,
              Instant.now()));
      String item =
          given()
              .auth()
              .oauth2(municipality(JUELICH))
              .queryParam("size", 200)
              .get("/api/inbox")
              .then()
              .statusCode(200)
              .extract()
              .path("items.find { it.message == 'Stichtag in 7 Tagen " + word + "' }.id");
      targets = new Targets(ownProject, foreignProject, word, item);
    }
    return targets;
  }
}

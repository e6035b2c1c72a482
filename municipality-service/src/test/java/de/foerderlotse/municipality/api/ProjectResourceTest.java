package de.foerderlotse.municipality.api;

import static de.foerderlotse.municipality.Fixtures.COORDINATOR;
import static de.foerderlotse.municipality.Fixtures.DUEREN;
import static de.foerderlotse.municipality.Fixtures.KREUZAU;
import static de.foerderlotse.municipality.Fixtures.municipality;
import static de.foerderlotse.municipality.Fixtures.projectBody;
import static de.foerderlotse.municipality.Fixtures.registerProject;
import static de.foerderlotse.municipality.Fixtures.uniqueWord;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProjectResourceTest {

  private static final String DUEREN_USER = municipality(DUEREN);

  @Test
  void registersProjectForTheTokensMunicipalityWithDefaults() {
    given()
        .auth()
        .oauth2(DUEREN_USER)
        .contentType(ContentType.JSON)
        .body("{\"title\":\"Radweg am Rurufer\",\"category\":\"MOBILITY\"}")
        .post("/api/projects")
        .then()
        .statusCode(201)
        .header("Location", containsString("/api/projects/"))
        .header("ETag", equalTo("\"0\""))
        .body("ags", equalTo(DUEREN))
        .body("status", equalTo("IDEA"))
        .body("stars", equalTo(0))
        .body("version", equalTo(0))
        .body("location.lat", equalTo(50.801678f))
        .body("createdBy", equalTo("kommune-" + DUEREN));
  }

  @Test
  void changesProjectWithIfMatchAndRecordsTheHistory() {
    String id = registerProject(DUEREN_USER, projectBody(null, "Solardach Rathaus"));
    given()
        .auth()
        .oauth2(DUEREN_USER)
        .header("If-Match", "\"0\"")
        .contentType(ContentType.JSON)
        .body(projectBody(null, "Solardach Rathaus und Schule", "CLIMATE_PROTECTION", 2, "[]"))
        .put("/api/projects/" + id)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"1\""))
        .body("version", equalTo(1))
        .body("stars", equalTo(2));

    given()
        .auth()
        .oauth2(DUEREN_USER)
        .get("/api/projects/" + id + "/history")
        .then()
        .statusCode(200)
        .body("findAll { it.version == 1 }.field", hasItems("title", "stars", "description"))
        .body(
            "find { it.version == 1 && it.field == 'title' }.oldValue",
            equalTo("Solardach Rathaus"))
        .body(
            "find { it.version == 1 && it.field == 'title' }.newValue",
            equalTo("Solardach Rathaus und Schule"))
        .body("find { it.version == 1 }.changedBy", equalTo("kommune-" + DUEREN))
        .body("findAll { it.version == 0 }.field", hasItems("title", "category", "location"));
  }

  @Test
  void refusesChangeOfAStaleVersionWith412() {
    String id = registerProject(DUEREN_USER, projectBody(null, "Dorfgemeinschaftshaus"));
    String changed = projectBody(null, "Dorfgemeinschaftshaus neu", "SOCIAL_AFFAIRS", 1, "[]");
    given()
        .auth()
        .oauth2(DUEREN_USER)
        .header("If-Match", "\"0\"")
        .contentType(ContentType.JSON)
        .body(changed)
        .put("/api/projects/" + id)
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(DUEREN_USER)
        .header("If-Match", "\"0\"")
        .contentType(ContentType.JSON)
        .body(changed.replace("neu", "anders"))
        .put("/api/projects/" + id)
        .then()
        .statusCode(412)
        .contentType("application/problem+json")
        .body("detail", containsString("Version 1, erwartet 0"));
  }

  @Test
  void acceptsTheVersionInTheBodyInsteadOfIfMatch() {
    String id = registerProject(DUEREN_USER, projectBody(null, "Hallenbad"));
    given()
        .auth()
        .oauth2(DUEREN_USER)
        .contentType(ContentType.JSON)
        .body(projectBody(null, "Hallenbad Sanierung").replace("{", "{\"version\":0,"))
        .put("/api/projects/" + id)
        .then()
        .statusCode(200)
        .body("title", equalTo("Hallenbad Sanierung"));
  }

  @Test
  void requiresTheEditedVersionForAChange() {
    String id = registerProject(DUEREN_USER, projectBody(null, "Bauhof"));
    given()
        .auth()
        .oauth2(DUEREN_USER)
        .contentType(ContentType.JSON)
        .body(projectBody(null, "Bauhof neu"))
        .put("/api/projects/" + id)
        .then()
        .statusCode(428)
        .contentType("application/problem+json")
        .body("detail", containsString("If-Match"));
  }

  @Test
  void withdrawsProjectAndRefusesLaterChanges() {
    String id = registerProject(DUEREN_USER, projectBody(null, "Skatepark"));
    given()
        .auth()
        .oauth2(DUEREN_USER)
        .post("/api/projects/" + id + "/withdraw")
        .then()
        .statusCode(200)
        .body("status", equalTo("WITHDRAWN"))
        .body("version", equalTo(1));
    given()
        .auth()
        .oauth2(DUEREN_USER)
        .header("If-Match", "1")
        .contentType(ContentType.JSON)
        .body(projectBody(null, "Skatepark 2"))
        .put("/api/projects/" + id)
        .then()
        .statusCode(422)
        .body("detail", containsString("zurückgezogen"));
  }

  @Test
  void filtersByCategoryStatusStarsAndGermanText() {
    String word = uniqueWord();
    registerProject(
        DUEREN_USER,
        projectBody(null, "Grünfläche am Markt " + word, "URBAN_DEVELOPMENT", 3, "[]"));
    registerProject(
        DUEREN_USER,
        projectBody(null, "Glasfaser Gewerbegebiet " + word, "DIGITALISATION", 1, "[]"));
    registerProject(
        COORDINATOR,
        projectBody(KREUZAU, "Kreuzau Grünflaeche " + word, "URBAN_DEVELOPMENT", 2, "[]"));

    given()
        .auth()
        .oauth2(COORDINATOR)
        .queryParam("text", "GRUENFLÄCHE " + word)
        .get("/api/projects")
        .then()
        .statusCode(200)
        .body("total", equalTo(2))
        .body("items.ags", hasItems(DUEREN, KREUZAU));
    given()
        .auth()
        .oauth2(COORDINATOR)
        .queryParam("text", word)
        .queryParam("category", "URBAN_DEVELOPMENT")
        .queryParam("minStars", 3)
        .get("/api/projects")
        .then()
        .body("total", equalTo(1))
        .body("items[0].title", equalTo("Grünfläche am Markt " + word));
    given()
        .auth()
        .oauth2(COORDINATOR)
        .queryParam("text", word)
        .queryParam("ags", KREUZAU)
        .queryParam("stars", 2)
        .queryParam("status", "IDEA")
        .get("/api/projects")
        .then()
        .body("total", equalTo(1))
        .body("items[0].ags", equalTo(KREUZAU));
  }

  @Test
  void pagesThroughResults() {
    String word = uniqueWord();
    for (int i = 0; i < 5; i++) {
      registerProject(DUEREN_USER, projectBody(null, "Spielplatz " + i + " " + word));
    }
    given()
        .auth()
        .oauth2(DUEREN_USER)
        .queryParam("text", word)
        .queryParam("page", 2)
        .queryParam("size", 2)
        .get("/api/projects")
        .then()
        .statusCode(200)
        .body("total", equalTo(5))
        .body("page", equalTo(2))
        .body("items", hasSize(1));
  }

  @Test
  void rejectsInvalidFieldsWithFieldErrors() {
    given()
        .auth()
        .oauth2(DUEREN_USER)
        .contentType(ContentType.JSON)
        .body(
            """
            {"title":" ","stars":4,"estimatedTotalCost":-1,
             "costItems":[{"label":"x","amount":1.234,"costCategory":"PLANNING"}],
             "location":{"lat":91},"partners":["123"]}
            """)
        .post("/api/projects")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body(
            "errors.field",
            hasItems(
                "title",
                "category",
                "stars",
                "estimatedTotalCost",
                "costItems[0].amount",
                "location.lat",
                "location.lon"))
        .body(not(containsString("Exception")));
  }

  @Test
  void rejectsUnknownEnumValueAndMalformedJsonWith400() {
    given()
        .auth()
        .oauth2(DUEREN_USER)
        .contentType(ContentType.JSON)
        .body("{\"title\":\"X\",\"category\":\"SPACE_TRAVEL\"}")
        .post("/api/projects")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("category"));
    given()
        .auth()
        .oauth2(DUEREN_USER)
        .contentType(ContentType.JSON)
        .body("{\"title\": ")
        .post("/api/projects")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void refusesInconsistentProjectsWith422() {
    given()
        .auth()
        .oauth2(DUEREN_USER)
        .contentType(ContentType.JSON)
        .body(
            "{\"title\":\"Zeitreise\",\"category\":\"CULTURE\","
                + "\"plannedStart\":\"2028-01-01\",\"plannedEnd\":\"2027-01-01\"}")
        .post("/api/projects")
        .then()
        .statusCode(422)
        .body("detail", containsString("vor dem geplanten Beginn"));
    given()
        .auth()
        .oauth2(DUEREN_USER)
        .contentType(ContentType.JSON)
        .body(
            "{\"title\":\"Teuer\",\"category\":\"CULTURE\",\"estimatedTotalCost\":100,"
                + "\"costItems\":[{\"label\":\"Bau\",\"amount\":150,\"costCategory\":\"CONSTRUCTION\"}]}")
        .post("/api/projects")
        .then()
        .statusCode(422)
        .body("detail", containsString("übersteigen"));
    given()
        .auth()
        .oauth2(DUEREN_USER)
        .contentType(ContentType.JSON)
        .body(projectBody(null, "Mit Phantom", "CULTURE", 0, "[\"09999999\"]"))
        .post("/api/projects")
        .then()
        .statusCode(422)
        .body("detail", containsString("09999999"));
    given()
        .auth()
        .oauth2(DUEREN_USER)
        .contentType(ContentType.JSON)
        .body(projectBody(null, "Mit sich selbst", "CULTURE", 0, "[\"" + DUEREN + "\"]"))
        .post("/api/projects")
        .then()
        .statusCode(422);
  }

  @Test
  void requiresACoordinatorToNameTheMunicipality() {
    given()
        .auth()
        .oauth2(COORDINATOR)
        .contentType(ContentType.JSON)
        .body(projectBody(null, "Ohne Kommune"))
        .post("/api/projects")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void rejectsOversizedBodyWith413() {
    String huge = "x".repeat(600 * 1024);
    given()
        .auth()
        .oauth2(DUEREN_USER)
        .contentType(ContentType.JSON)
        .body("{\"title\":\"Groß\",\"category\":\"CULTURE\",\"description\":\"" + huge + "\"}")
        .post("/api/projects")
        .then()
        .statusCode(413);
  }

  @Test
  void rejectsOverlongDescriptionWith400() {
    given()
        .auth()
        .oauth2(DUEREN_USER)
        .contentType(ContentType.JSON)
        .body(
            "{\"title\":\"Lang\",\"category\":\"CULTURE\",\"description\":\""
                + "y".repeat(5001)
                + "\"}")
        .post("/api/projects")
        .then()
        .statusCode(400)
        .body("errors.field", hasItems("description"));
  }

  @Test
  void answersUnknownOrMalformedIdsWith404AndBadQueriesWith400() {
    given()
        .auth()
        .oauth2(COORDINATOR)
        .get("/api/projects/6f1c2a9e-0000-4000-8000-000000000000")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("title", equalTo("Nicht gefunden"));
    given().auth().oauth2(COORDINATOR).get("/api/projects/kein-uuid").then().statusCode(404);
    given()
        .auth()
        .oauth2(COORDINATOR)
        .queryParam("size", 0)
        .get("/api/projects")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem(endsWith("size")));
    given()
        .auth()
        .oauth2(COORDINATOR)
        .queryParam("status", "VERSCHOLLEN")
        .get("/api/projects")
        .then()
        .statusCode(not(equalTo(500)));
  }
}

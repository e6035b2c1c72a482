package de.foerderlotse.funding.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import de.foerderlotse.infra.test.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProgrammeResourceTest {

  private static final String SCOUT = TestTokens.of("sina", "scout");

  @Test
  void registersProgrammeAndReadsItBack() {
    String id =
        given()
            .auth()
            .oauth2(SCOUT)
            .contentType(ContentType.JSON)
            .body(
                """
                {"externalReference":"FDB-TEST-1","title":"Klimaresilienz in Kommunen",
                 "fundingBody":"Land NRW","status":"OPEN"}
                """)
            .post("/api/programmes")
            .then()
            .statusCode(201)
            .header("Location", containsString("/api/programmes/"))
            .header("ETag", notNullValue())
            .body("title", equalTo("Klimaresilienz in Kommunen"))
            .body("createdBy", equalTo("sina"))
            .extract()
            .path("id");

    given()
        .auth()
        .oauth2(TestTokens.municipality("kommune-dueren", "05358008"))
        .get("/api/programmes/" + id)
        .then()
        .statusCode(200)
        .body("fundingBody", equalTo("Land NRW"))
        .body("status", equalTo("OPEN"));
  }

  @Test
  void rejectsMissingFieldsWithFieldErrors() {
    given()
        .auth()
        .oauth2(SCOUT)
        .contentType(ContentType.JSON)
        .body("{\"title\":\"  \"}")
        .post("/api/programmes")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("status", equalTo(400))
        .body("errors.field", hasItems("title", "fundingBody", "status"))
        .body(not(containsString("Exception")));
  }

  @Test
  void rejectsDuplicateExternalReferenceWith409() {
    String body =
        """
        {"externalReference":"FDB-DUP","title":"Programm A","fundingBody":"Bund","status":"DRAFT"}
        """;
    given()
        .auth()
        .oauth2(SCOUT)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/programmes")
        .then()
        .statusCode(201);
    given()
        .auth()
        .oauth2(SCOUT)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/programmes")
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
  }

  @Test
  void rejectsMalformedJsonWith400() {
    given()
        .auth()
        .oauth2(SCOUT)
        .contentType(ContentType.JSON)
        .body("{\"title\": ")
        .post("/api/programmes")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void namesTheFieldOfAnUnknownEnumValue() {
    given()
        .auth()
        .oauth2(SCOUT)
        .contentType(ContentType.JSON)
        .body("{\"title\":\"Programm\",\"fundingBody\":\"Bund\",\"status\":\"OFFENISH\"}")
        .post("/api/programmes")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItems("status"));
  }

  @Test
  void rejectsDeadlineTheDatabaseCannotHoldWith400NamingTheField() {
    given()
        .auth()
        .oauth2(SCOUT)
        .contentType(ContentType.JSON)
        .body(
            """
            {"title":"Programm","fundingBody":"Bund","status":"OPEN",
             "calls":[{"title":"Aufruf","stages":[{"kind":"CUT_OFF","deadline":"+10000-01-01T00:00:00Z"}]}]}
            """)
        .post("/api/programmes")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItems("calls[0].stages[0].deadline"));
  }

  @Test
  void answersUnknownProgrammeWith404() {
    given()
        .auth()
        .oauth2(SCOUT)
        .get("/api/programmes/6f1c2a9e-0000-4000-8000-000000000000")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("title", equalTo("Nicht gefunden"));
  }
}

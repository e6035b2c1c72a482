package de.foerderlotse.municipality.api;

import static de.foerderlotse.municipality.Fixtures.DUEREN;
import static de.foerderlotse.municipality.Fixtures.municipality;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Bad input is refused with 400 problem+json naming the field, before it reaches PostgreSQL. */
@QuarkusTest
class InputHygieneTest {

  private static final String DUEREN_USER = municipality(DUEREN);

  private static String project(String extra) {
    return "{\"title\":\"Radweg\",\"category\":\"MOBILITY\"," + extra + "}";
  }

  private static void refused(String body, String field) {
    given()
        .auth()
        .oauth2(DUEREN_USER)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/projects")
        .then()
        .statusCode(400)
        .contentType(equalTo("application/problem+json"))
        .body("errors.field", hasItem(field));
  }

  @Test
  void duplicateKeyIsRefusedNamingTheField() {
    refused(project("\"description\":\"a\",\"description\":\"b\""), "description");
  }

  @Test
  void duplicateKeyInsideAListIsRefusedWithItsPath() {
    refused(
        project(
            "\"costItems\":[{\"label\":\"a\",\"label\":\"b\",\"amount\":1,"
                + "\"costCategory\":\"PLANNING\"}]"),
        "costItems[0].label");
  }

  @Test
  void nulCharacterInAStringIsRefused() {
    refused(project("\"description\":\"a\\u0000b\""), "description");
  }

  @Test
  void numberIsNotReadAsADayCount() {
    refused(project("\"plannedEnd\":2147483648"), "plannedEnd");
    refused(project("\"plannedEnd\":20000"), "plannedEnd");
  }

  @Test
  void dateOutsideAReasonableRangeIsRefused() {
    refused(project("\"plannedStart\":\"-4714-11-23\""), "plannedStart");
    refused(project("\"plannedStart\":\"+999999999-12-31\""), "plannedStart");
    refused(project("\"plannedEnd\":\"1899-12-31\""), "plannedEnd");
  }

  @Test
  void nulCharacterInAQueryParameterIsRefusedNamingIt() {
    given()
        .auth()
        .oauth2(DUEREN_USER)
        .urlEncodingEnabled(false)
        .get("/api/projects?text=a%00b")
        .then()
        .statusCode(400)
        .contentType(equalTo("application/problem+json"))
        .body("errors.field", hasItem("text"));
  }

  @Test
  void nulCharacterInThePathIsRefused() {
    given()
        .auth()
        .oauth2(DUEREN_USER)
        .urlEncodingEnabled(false)
        .get("/api/projects/a%00b/history")
        .then()
        .statusCode(400)
        .contentType(equalTo("application/problem+json"))
        .body("detail", containsString("Steuerzeichen"));
  }
}

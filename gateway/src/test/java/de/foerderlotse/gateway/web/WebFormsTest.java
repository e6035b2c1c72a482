package de.foerderlotse.gateway.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's forms need the page's CSRF token, status texts come from a signed cookie instead
 * of the URL, and errors under /ui are German HTML pages.
 */
@QuarkusTest
@TestSecurity(user = "kai", roles = "coordinator")
class WebFormsTest {

  private static final Pattern TOKEN = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

  private static String conflictPage(String id) {
    return given().get("/ui/konflikte/" + id).then().statusCode(200).extract().asString();
  }

  @Test
  void aFormPostedWithoutThePagesTokenIsRefusedWithAGermanPage() {
    String id = UUID.randomUUID().toString();
    given()
        .redirects()
        .follow(false)
        .formParam("text", "von fremder Seite")
        .post("/ui/aktionen/konflikte/" + id + "/kommentieren")
        .then()
        .statusCode(403)
        .contentType(containsString("text/html"))
        .body(containsString("Keine Berechtigung"));
    given()
        .redirects()
        .follow(false)
        .formParam("text", "geraten")
        .formParam("csrf", "AAAA")
        .post("/ui/aktionen/konflikte/" + id + "/kommentieren")
        .then()
        .statusCode(403);
  }

  @Test
  void aFormWithThePagesTokenPassesAndItsMessageTravelsInACookieNotTheUrl() {
    String id = UUID.randomUUID().toString();
    Matcher token = TOKEN.matcher(conflictPage(id));
    assertThat(token.find()).as("the page carries a form token").isTrue();

    Response posted =
        given()
            .redirects()
            .follow(false)
            .formParam("text", "Bitte abstimmen")
            .formParam("csrf", token.group(1))
            .post("/ui/aktionen/konflikte/" + id + "/kommentieren");
    assertThat(posted.statusCode()).isEqualTo(303);
    assertThat(posted.header("Location")).endsWith("/ui/konflikte/" + id).doesNotContain("?");
    String flash = posted.cookie(Flash.COOKIE);
    assertThat(flash).isNotBlank();

    given()
        .cookie(Flash.COOKIE, flash)
        .get("/ui/konflikte/" + id)
        .then()
        .statusCode(200)
        .body(containsString("Ihr Kommentar wurde gespeichert."));
  }

  @Test
  void statusTextsInTheUrlOrInAForgedCookieAreNotShown() {
    String id = UUID.randomUUID().toString();
    given()
        .get("/ui/konflikte/" + id + "?fehler=Konto+gesperrt&meldung=Bitte+hier+klicken")
        .then()
        .statusCode(200)
        .body(not(containsString("Konto gesperrt")))
        .body(not(containsString("Bitte hier klicken")));
    given()
        .cookie(
            Flash.COOKIE,
            Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString("FKonto gesperrt".getBytes(StandardCharsets.UTF_8))
                + ".gefaelschteSignatur")
        .get("/ui/konflikte/" + id)
        .then()
        .statusCode(200)
        .body(not(containsString("Konto gesperrt")));
  }

  @Test
  void aBadNumberAndAnUnknownPageAnswerGermanHtml() {
    given()
        .get("/ui?tage=abc")
        .then()
        .statusCode(400)
        .contentType(containsString("text/html"))
        .body(containsString("Ungültige Angabe"));
    given()
        .get("/ui/gibt-es-nicht")
        .then()
        .statusCode(404)
        .contentType(containsString("text/html"))
        .body(containsString("Seite nicht gefunden"));
  }
}

package de.foerderlotse.project.deadline;

import static io.restassured.RestAssured.given;

import de.foerderlotse.infra.test.TestTokens;
import de.foerderlotse.project.Fixtures;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An approved application whose proof of use falls due in a few days, for the reminder tests; the
 * approval period lies within one year, so no interim proofs are derived.
 */
final class ReminderFixture {

  static final String AGS = "05358012";
  static final String TOKEN = TestTokens.municipality("kreuzau", AGS);

  private ReminderFixture() {}

  /** Creates the application; returns the id of its proof-of-use deadline. */
  static String proofOfUseDueSoon(String title) {
    LocalDate end = LocalDate.now().plusDays(5).minusMonths(6);
    Fixtures.Programme programme =
        Fixtures.programme("WATER", "9000000", LocalDate.now().plusMonths(2), "ANBEST_P");
    UUID project = Fixtures.project(AGS, title, "WATER", "500000");
    String id =
        Fixtures.createApplication(TOKEN, Fixtures.applicationBody(project, programme, "300000"));
    Fixtures.approve(TOKEN, id, end, end);
    return given()
        .auth()
        .oauth2(Fixtures.COORDINATOR)
        .get("/api/deadlines?kind=PROOF_OF_USE&applicationId=" + id)
        .then()
        .extract()
        .path("items[0].id");
  }

  static int remindersOf(String deadlineId) {
    return given()
        .auth()
        .oauth2(Fixtures.COORDINATOR)
        .get("/api/alerts?type=DEADLINE_REMINDER&subjectId=" + deadlineId)
        .then()
        .statusCode(200)
        .extract()
        .path("total");
  }

  static String deadlineOfProject(String title) {
    return given()
        .auth()
        .oauth2(Fixtures.COORDINATOR)
        .get("/api/deadlines?kind=PROOF_OF_USE&ags=" + AGS + "&size=500")
        .then()
        .extract()
        .path("items.find { it.title == 'Verwendungsnachweis: " + title + "' }.id");
  }
}

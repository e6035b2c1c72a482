package de.foerderlotse.project.deadline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import de.foerderlotse.project.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RemindersTest {

  /** Shared with {@link RemindersAfterRestartTest}, which runs after a restart of the service. */
  static final String RESTART_PROBE = "Kläranlage Neustart-Probe";

  /**
   * JVM-wide hand-over of this service's database to the restarted one: a restart gets a new class
   * loader and with it new test servers, so the database is passed on explicitly.
   */
  static final String DATABASE_BEFORE_RESTART = "foerderlotse.test.database-before-restart";

  @Inject Reminders reminders;

  @Test
  void remindsOncePerDeadlineAndOffsetAcrossRuns() {
    String deadline = ReminderFixture.proofOfUseDueSoon("Regenrückhaltebecken");

    reminders.run();
    reminders.run();

    assertThat(ReminderFixture.remindersOf(deadline)).isEqualTo(1);
    given()
        .auth()
        .oauth2(ReminderFixture.TOKEN)
        .get("/api/alerts?type=DEADLINE_REMINDER&subjectId=" + deadline)
        .then()
        .body("items[0].message", containsString("fällig (am "))
        .body("items[0].severity", equalTo("WARNING"));
  }

  @Test
  void remindsOnceWhenTwoReplicasRunAtTheSameTime() throws Exception {
    String deadline = ReminderFixture.proofOfUseDueSoon("Hochwasserschutz");

    // Two passes at once, as two replicas would run them: the reminder row admits only one.
    var first = java.util.concurrent.CompletableFuture.supplyAsync(reminders::run);
    var second = java.util.concurrent.CompletableFuture.supplyAsync(reminders::run);
    java.util.concurrent.CompletableFuture.allOf(first, second)
        .get(60, java.util.concurrent.TimeUnit.SECONDS);

    assertThat(ReminderFixture.remindersOf(deadline)).isEqualTo(1);
  }

  @Test
  void raisesOverdueAlertOnceAndMarksDeadlineMissed() {
    Fixtures.Programme programme =
        Fixtures.programme("WATER", "9000000", java.time.LocalDate.now().plusMonths(2), "ANBEST_P");
    var project = Fixtures.project(ReminderFixture.AGS, "Pumpwerk", "WATER", "500000");
    String id =
        Fixtures.createApplication(
            ReminderFixture.TOKEN, Fixtures.applicationBody(project, programme, "300000"));
    var end = java.time.LocalDate.now().minusMonths(7);
    Fixtures.approve(ReminderFixture.TOKEN, id, end, end);

    reminders.run();
    reminders.run();

    given()
        .auth()
        .oauth2(Fixtures.COORDINATOR)
        .get("/api/alerts?type=DEADLINE_OVERDUE&subjectId=" + id)
        .then()
        .body("total", equalTo(1))
        .body("items[0].severity", equalTo("CRITICAL"))
        .body("items[0].message", containsString("Frist versäumt"));
    given()
        .auth()
        .oauth2(Fixtures.COORDINATOR)
        .get("/api/deadlines?kind=PROOF_OF_USE&applicationId=" + id)
        .then()
        .body("items[0].status", equalTo("MISSED"));
  }

  @Test
  void remindsBeforeARestartOfTheService() {
    String deadline = ReminderFixture.proofOfUseDueSoon(RESTART_PROBE);
    reminders.run();
    assertThat(ReminderFixture.remindersOf(deadline)).isEqualTo(1);
    System.setProperty(
        DATABASE_BEFORE_RESTART,
        org.eclipse.microprofile.config.ConfigProvider.getConfig()
            .getValue("quarkus.datasource.jdbc.url", String.class));
  }
}

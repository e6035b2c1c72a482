package de.foerderlotse.project.scouting;

import static de.foerderlotse.project.Fixtures.COORDINATOR;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.foerderlotse.infra.test.TestTokens;
import de.foerderlotse.infra.test.TestTopics;
import de.foerderlotse.project.Fixtures;
import de.foerderlotse.project.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ScoutingAndBudgetTest {

  private static final String NIDEGGEN = "05358028";
  private static final String HEIMBACH = "05358016";

  @Test
  void raisesFundingMatchOncePerProjectAndProgrammeAgainOnlyOnMaterialChange() {
    UUID museum = Fixtures.project(NIDEGGEN, "Burgmuseum", "CULTURE", "200000");
    UUID clinic = Fixtures.project(NIDEGGEN, "Gesundheitszentrum", "HEALTH_CARE", "200000");
    UUID programme = UUID.randomUUID();
    UUID call = UUID.randomUUID();
    LocalDate deadline = LocalDate.now().plusMonths(4);

    TestEvents.programme(
        programme, 1, "Heimat-Scheck", "CULTURE", call, "1000000", deadline, "ANBEST_P");
    var record =
        TestTopics.awaitRecord(
            "project.alert.v1",
            r -> r.value().contains("FUNDING_MATCH") && r.value().contains(museum.toString()));
    assertThat(record.value()).contains(NIDEGGEN, "Heimat-Scheck", "Burgmuseum");
    awaitAlerts("FUNDING_MATCH", museum, 1);

    // A new title is no material change; a moved deadline is.
    TestEvents.programme(
        programme, 2, "Heimat-Scheck NRW", "CULTURE", call, "1000000", deadline, "ANBEST_P");
    Fixtures.awaitReadModel("/api/read-models/programmes/" + programme, "version", 2);
    assertThat(alerts("FUNDING_MATCH", museum)).isEqualTo(1);
    TestEvents.programme(
        programme,
        3,
        "Heimat-Scheck NRW",
        "CULTURE",
        call,
        "1000000",
        deadline.plusMonths(1),
        "ANBEST_P");
    awaitAlerts("FUNDING_MATCH", museum, 2);
    assertThat(alerts("FUNDING_MATCH", clinic)).isZero();
    given()
        .auth()
        .oauth2(TestTokens.municipality("heimbach", HEIMBACH))
        .get("/api/alerts?type=FUNDING_MATCH&subjectId=" + museum)
        .then()
        .statusCode(200)
        .body("total", org.hamcrest.Matchers.equalTo(0));
  }

  @Test
  void matchesNewProjectAgainstKnownOpenProgrammesOnce() {
    UUID programme = UUID.randomUUID();
    TestEvents.programme(
        programme,
        1,
        "Tourismus-Infrastruktur",
        "TOURISM",
        UUID.randomUUID(),
        "1000000",
        LocalDate.now().plusMonths(4),
        "ANBEST_P");
    Fixtures.awaitReadModel("/api/read-models/programmes/" + programme, "version", 1);

    UUID trail = Fixtures.project(NIDEGGEN, "Wanderweg Rur", "TOURISM", "300000");
    awaitAlerts("FUNDING_MATCH", trail, 1);
    TestEvents.project(trail, 2, NIDEGGEN, "Wanderweg Rureifel", "TOURISM", "300000");
    Fixtures.awaitReadModel("/api/read-models/projects/" + trail, "version", 2);
    assertThat(alerts("FUNDING_MATCH", trail)).isEqualTo(1);
  }

  @Test
  void raisesBudgetOversubscribedOncePerCrossing() {
    Fixtures.Programme programme =
        Fixtures.programme("HOUSING", "500000", LocalDate.now().plusMonths(2), "ANBEST_P");
    String nideggen = TestTokens.municipality("nideggen", NIDEGGEN);
    String heimbach = TestTokens.municipality("heimbach", HEIMBACH);
    String first = apply(nideggen, NIDEGGEN, programme);
    String second = apply(heimbach, HEIMBACH, programme);
    String third = apply(heimbach, HEIMBACH, programme);

    Fixtures.act(nideggen, first, "submit", Map.of());
    assertThat(alerts("BUDGET_OVERSUBSCRIBED", programme.callId())).isZero();
    Fixtures.act(heimbach, second, "submit", Map.of());
    awaitAlerts("BUDGET_OVERSUBSCRIBED", programme.callId(), 1);
    var record =
        TestTopics.awaitRecord(
            "project.alert.v1",
            r ->
                r.value().contains("BUDGET_OVERSUBSCRIBED")
                    && r.value().contains(programme.callId().toString()));
    assertThat(record.value()).contains("überzeichnet", "120 %", NIDEGGEN, HEIMBACH);

    // Still above: no new alert. Below and above again: a second crossing.
    Fixtures.act(heimbach, third, "submit", Map.of());
    Fixtures.act(heimbach, second, "withdraw", Map.of());
    assertThat(alerts("BUDGET_OVERSUBSCRIBED", programme.callId())).isEqualTo(1);
    Fixtures.act(heimbach, third, "withdraw", Map.of());
    String fourth = apply(heimbach, HEIMBACH, programme);
    Fixtures.act(heimbach, fourth, "submit", Map.of());
    assertThat(alerts("BUDGET_OVERSUBSCRIBED", programme.callId())).isEqualTo(2);
  }

  private static String apply(String token, String ags, Fixtures.Programme programme) {
    UUID project = Fixtures.project(ags, "Wohnen am Markt", "HOUSING", "500000");
    return Fixtures.createApplication(
        token, Fixtures.applicationBody(project, programme, "300000"));
  }

  private static int alerts(String type, UUID subject) {
    return given()
        .auth()
        .oauth2(COORDINATOR)
        .get("/api/alerts?type=" + type + "&subjectId=" + subject)
        .then()
        .statusCode(200)
        .extract()
        .path("total");
  }

  private static void awaitAlerts(String type, UUID subject, int count) {
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> assertThat(alerts(type, subject)).isEqualTo(count));
  }
}

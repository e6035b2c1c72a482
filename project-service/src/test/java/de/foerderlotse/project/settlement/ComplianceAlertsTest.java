package de.foerderlotse.project.settlement;

import static de.foerderlotse.project.settlement.SettlementFixture.DUEREN;
import static de.foerderlotse.project.settlement.SettlementFixture.MUNI;
import static de.foerderlotse.project.settlement.SettlementFixture.TODAY;
import static de.foerderlotse.project.settlement.SettlementFixture.expense;
import static de.foerderlotse.project.settlement.SettlementFixture.recordExpense;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import de.foerderlotse.infra.test.TestTopics;
import de.foerderlotse.project.Fixtures;
import de.foerderlotse.project.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** COMPLIANCE_WARNING alerts: once per item and change of state, to municipality and county. */
@QuarkusTest
class ComplianceAlertsTest {

  @Inject ComplianceMonitor monitor;

  @Test
  void raisesOneAlertPerItemAndChangeDespiteRepeatedEvaluationAndRedelivery() {
    Fixtures.Programme programme = SettlementFixture.programme("Bäder", 1, null);
    UUID project = Fixtures.project(DUEREN, "Hallenbad Süd", "SPORT", "500000");
    String id =
        SettlementFixture.granted(
            MUNI,
            project,
            programme,
            SettlementFixture.Figures.standard(),
            TODAY.withDayOfYear(1),
            TODAY.withDayOfYear(1),
            TODAY.plusYears(1));
    assertThat(alerts(id)).isZero();

    String large = recordExpense(MUNI, id, expense(TODAY.toString(), "120000.00", "WORKS", null));
    String path = "/api/alerts?type=COMPLIANCE_WARNING&subjectId=" + id;
    given()
        .auth()
        .oauth2(MUNI)
        .get(path)
        .then()
        .body("total", equalTo(1))
        .body("items[0].severity", equalTo("CRITICAL"))
        .body("items[0].addressees.municipalities", equalTo(List.of(DUEREN)))
        .body("items[0].addressees.county", equalTo(true))
        .body("items[0].message", containsString("Vergabe"))
        .body("items[0].dedupKey", equalTo("COMPLIANCE:" + id + ":PROCUREMENT:1"));
    TestTopics.awaitRecord(
        "project.alert.v1", r -> r.value().contains("COMPLIANCE:" + id + ":PROCUREMENT:1"));

    // Evaluated again: by the daily pass (twice), another expense, and programme events that
    // arrive anew or twice.
    monitor.run();
    monitor.run();
    recordExpense(MUNI, id, expense(TODAY.toString(), "500.00", "OTHER", null));
    SettlementFixture.programme("Bäder", 2, programme);
    TestTopics.publish(
        TestEvents.PROGRAMMES,
        programme.id().toString(),
        "de.foerderlotse.programme.changed.v1",
        "{\"id\":\"" + programme.id() + "\",\"version\":2,\"title\":\"Bäder\"}");
    SettlementFixture.programme("Bäder", 3, programme);
    assertThat(alerts(id)).isEqualTo(1);

    // Back to OK raises nothing; into VIOLATION again is a new change with its own alert.
    given()
        .auth()
        .oauth2(MUNI)
        .delete("/api/applications/" + id + "/expenses/" + large)
        .then()
        .statusCode(204);
    assertThat(alerts(id)).isEqualTo(1);
    recordExpense(MUNI, id, expense(TODAY.toString(), "130000.00", "WORKS", null));
    monitor.run();
    assertThat(alerts(id)).isEqualTo(2);
    given()
        .auth()
        .oauth2(Fixtures.COORDINATOR)
        .get(path)
        .then()
        .body("items[0].dedupKey", equalTo("COMPLIANCE:" + id + ":PROCUREMENT:3"));
  }

  @Test
  void submittedApplicationBreakingTheFundingRateAlertsOnceDraftsDoNot() {
    Fixtures.Programme programme = SettlementFixture.programme("Spielplätze", 1, null);
    UUID project = Fixtures.project(DUEREN, "Spielplatz Mitte", "SPORT", "500000");
    String id =
        SettlementFixture.draft(
            MUNI,
            project,
            programme,
            new SettlementFixture.Figures("500000.00", "450000.00", "50000.00", null));
    monitor.run();
    assertThat(alerts(id)).isZero();

    Fixtures.act(MUNI, id, "submit", java.util.Map.of());
    monitor.run();
    given()
        .auth()
        .oauth2(Fixtures.COORDINATOR)
        .get("/api/alerts?type=COMPLIANCE_WARNING&subjectId=" + id)
        .then()
        .body("total", equalTo(1))
        .body("items[0].message", containsString("Förderquote"))
        .body("items[0].message", containsString("50.000,00 €"));
    given()
        .auth()
        .oauth2(SettlementFixture.OTHER)
        .get("/api/alerts?type=COMPLIANCE_WARNING&subjectId=" + id)
        .then()
        .body("total", equalTo(0));
  }

  @Test
  void programmeChangeThatTightensARuleRaisesTheAlertInTheSameTransaction() {
    Fixtures.Programme programme = SettlementFixture.programme("Dorfplätze", 1, null);
    UUID project = Fixtures.project(DUEREN, "Dorfplatz Kreuzau", "SPORT", "500000");
    String id =
        SettlementFixture.granted(
            MUNI,
            project,
            programme,
            SettlementFixture.Figures.standard(),
            TODAY.withDayOfYear(1),
            TODAY.withDayOfYear(1),
            TODAY.plusYears(1));
    recordExpense(MUNI, id, expense(TODAY.toString(), "90000.00", "WORKS", null));
    assertThat(alerts(id)).isZero();

    SettlementFixture.programme(
        "Dorfplätze",
        2,
        programme,
        SettlementFixture.RULES.replace(
            "\"procurementThresholdWorks\":100000", "\"procurementThresholdWorks\":50000"));
    assertThat(SettlementFixture.item(id, "PROCUREMENT").figure("thresholdWorks"))
        .isEqualByComparingTo("50000");
    given()
        .auth()
        .oauth2(MUNI)
        .get("/api/alerts?type=COMPLIANCE_WARNING&subjectId=" + id)
        .then()
        .body("total", equalTo(1))
        .body("items[0].message", containsString("Wertgrenze 50.000,00 €"));
  }

  private static int alerts(String id) {
    return given()
        .auth()
        .oauth2(Fixtures.COORDINATOR)
        .get("/api/alerts?type=COMPLIANCE_WARNING&subjectId=" + id)
        .then()
        .statusCode(200)
        .extract()
        .path("total");
  }
}

package de.foerderlotse.project.deadline;

import static de.foerderlotse.project.Fixtures.COORDINATOR;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.foerderlotse.infra.test.TestTokens;
import de.foerderlotse.infra.test.TestTopics;
import de.foerderlotse.project.Fixtures;
import de.foerderlotse.project.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DeadlineDerivationTest {

  private static final String DUEREN = "05358008";
  private static final String MUNI = TestTokens.municipality("dueren", DUEREN);
  private static final LocalDate START = LocalDate.of(2027, 1, 1);
  private static final LocalDate END = LocalDate.of(2028, 6, 30);

  @Test
  void derivesProofOfUseSixMonthsAfterApprovalPeriodUnderAnbestP() {
    String id = approvedApplication("ANBEST_P", LocalDate.now().plusMonths(2));
    JsonPath deadlines = deadlinesOf(id);
    assertThat(due(deadlines, "PROOF_OF_USE")).isEqualTo("2028-12-31");
    assertThat(due(deadlines, "INTERIM_PROOF")).isEqualTo("2028-04-30");
    assertThat(due(deadlines, "EARMARKING_END")).isEqualTo("2033-06-30");
    assertThat(deadlines.getString("items.find { it.kind == 'PROOF_OF_USE' }.derivedFrom"))
        .contains("ANBEST_P", "6 Monate", "30.06.2028");
    assertThat(deadlines.getString("items.find { it.kind == 'SUBMISSION' }.status"))
        .isEqualTo("MET");
  }

  @Test
  void derivesProofOfUseTwelveMonthsAfterApprovalPeriodUnderAnbestGk() {
    String id = approvedApplication("ANBEST_GK", LocalDate.now().plusMonths(2));
    JsonPath deadlines = deadlinesOf(id);
    assertThat(due(deadlines, "PROOF_OF_USE")).isEqualTo("2029-06-30");
    assertThat(deadlines.getString("items.find { it.kind == 'PROOF_OF_USE' }.derivedFrom"))
        .contains("ANBEST_GK", "12 Monate");
  }

  @Test
  void bringsProofOfUseForwardToSixMonthsAfterThePurposeIsFulfilledUnderAnbestGNrw() {
    String id = approvedApplication("ANBEST_G_NRW", LocalDate.now().plusMonths(2));
    assertThat(due(deadlinesOf(id), "PROOF_OF_USE")).isEqualTo("2028-12-31");

    int version =
        given().auth().oauth2(MUNI).get("/api/applications/" + id).then().extract().path("version");
    given()
        .auth()
        .oauth2(MUNI)
        .contentType("application/json")
        .body(Map.of("version", version, "fulfilledOn", "2028-03-15"))
        .post("/api/applications/" + id + "/purpose-fulfilled")
        .then()
        .statusCode(200)
        .body("purposeFulfilledOn", equalTo("2028-03-15"));

    JsonPath deadlines = deadlinesOf(id);
    assertThat(due(deadlines, "PROOF_OF_USE")).isEqualTo("2028-09-15");
    assertThat(deadlines.getString("items.find { it.kind == 'PROOF_OF_USE' }.derivedFrom"))
        .contains("ANBEST_G_NRW", "Erfüllung des Zuwendungszwecks (15.03.2028)");
  }

  @Test
  void refusesPurposeFulfilledBeforeTheApprovalPeriod() {
    String id = approvedApplication("ANBEST_G_NRW", LocalDate.now().plusMonths(2));
    int version =
        given().auth().oauth2(MUNI).get("/api/applications/" + id).then().extract().path("version");
    given()
        .auth()
        .oauth2(MUNI)
        .contentType("application/json")
        .body(Map.of("version", version, "fulfilledOn", "2026-12-31"))
        .post("/api/applications/" + id + "/purpose-fulfilled")
        .then()
        .statusCode(422)
        .body("detail", containsString("vor Beginn des Bewilligungszeitraums"));
  }

  @Test
  void derivesSpendingWindowOfEachPayoutFromTheRuleSet() {
    String federal = approvedApplication("ANBEST_P", LocalDate.now().plusMonths(2));
    String municipal = approvedApplication("ANBEST_GK", LocalDate.now().plusMonths(2));

    payout(federal, "100000.00", "2027-03-01", 201);
    payout(municipal, "100000.00", "2027-03-01", 201);
    payout(municipal, "250000.00", "2027-04-01", 422);

    JsonPath p = deadlinesOf(federal);
    assertThat(due(p, "PAYOUT_SPENDING")).isEqualTo("2027-04-12");
    assertThat(p.getString("items.find { it.kind == 'PAYOUT_SPENDING' }.derivedFrom"))
        .contains("binnen 6 Wochen");
    JsonPath gk = deadlinesOf(municipal);
    assertThat(due(gk, "PAYOUT_SPENDING")).isEqualTo("2027-05-01");
    assertThat(gk.getString("items.find { it.kind == 'PAYOUT_SPENDING' }.derivedFrom"))
        .contains("binnen 2 Monaten");
  }

  private static void payout(String application, String amount, String receivedOn, int status) {
    given()
        .auth()
        .oauth2(MUNI)
        .contentType(io.restassured.http.ContentType.JSON)
        .body(Map.of("amount", amount, "receivedOn", receivedOn))
        .post("/api/applications/" + application + "/payouts")
        .then()
        .statusCode(status);
  }

  @Test
  void recomputesDeadlinesWhenProgrammeChangesAndRaisesDeadlineChanged() throws Exception {
    LocalDate stage = LocalDate.now().plusMonths(2);
    Fixtures.Programme programme = Fixtures.programme("ENERGY", "9000000", stage, "ANBEST_P");
    UUID project = Fixtures.project(DUEREN, "Nahwärmenetz", "ENERGY", "500000");
    String approved =
        Fixtures.createApplication(MUNI, Fixtures.applicationBody(project, programme, "300000"));
    Fixtures.approve(MUNI, approved, START, END);
    String draft =
        Fixtures.createApplication(MUNI, Fixtures.applicationBody(project, programme, "100000"));

    // Funding-service moves the stage deadline and switches the rule set to 12 months.
    LocalDate movedStage = stage.plusDays(14);
    TestEvents.programme(
        programme.id(),
        2,
        "Programm ENERGY",
        "ENERGY",
        programme.callId(),
        "9000000",
        movedStage,
        "ANBEST_GK");

    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> assertThat(due(deadlinesOf(approved), "PROOF_OF_USE")).isEqualTo("2029-06-30"));
    assertThat(due(deadlinesOf(draft), "SUBMISSION")).isEqualTo(movedStage.toString());

    given()
        .auth()
        .oauth2(MUNI)
        .get("/api/alerts?type=DEADLINE_CHANGED&subjectId=" + approved)
        .then()
        .body("total", equalTo(1))
        .body("items[0].message", containsString("vom 31.12.2028 auf den 30.06.2029"))
        .body("items[0].addressees.county", equalTo(true));
    var record =
        TestTopics.awaitRecord(
            "project.alert.v1",
            r -> r.value().contains("DEADLINE_CHANGED") && r.value().contains(draft));
    assertThat(TestTopics.header(record, "ce_type")).isEqualTo("de.foerderlotse.alert.raised.v1");
    JsonNode alert = new ObjectMapper().readTree(record.value());
    assertThat(record.key()).isEqualTo(alert.get("id").asText());
    assertThat(alert.get("addressees").get("municipalities").get(0).asText()).isEqualTo(DUEREN);
    assertThat(alert.get("subjects").get(0).get("kind").asText()).isEqualTo("APPLICATION");
    List<String> fields = iterable(alert);
    assertThat(fields)
        .containsExactlyInAnyOrder(
            "id", "type", "severity", "addressees", "subjects", "message", "dedupKey", "createdAt");
  }

  @Test
  void servesDeadlinesAsICalendarPerMunicipalityAndCountyWide() throws Exception {
    String id = approvedApplication("ANBEST_P", LocalDate.now().plusMonths(2));
    String proofOfUse = deadlinesOf(id).getString("items.find { it.kind == 'PROOF_OF_USE' }.id");

    String ics =
        given()
            .auth()
            .oauth2(MUNI)
            .get("/api/deadlines/calendar.ics")
            .then()
            .statusCode(200)
            .contentType(containsString("text/calendar"))
            .extract()
            .asString();
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
    List<VEvent> events = calendar.getComponents("VEVENT");
    VEvent event =
        events.stream()
            .filter(e -> e.getUid().orElseThrow().getValue().equals(proofOfUse + "@foerderlotse"))
            .findFirst()
            .orElseThrow();
    assertThat(event.getDateTimeStart().orElseThrow().getValue()).isEqualTo("20281231");
    assertThat(event.getSummary().orElseThrow().getValue()).startsWith("Verwendungsnachweis");

    String county =
        given().auth().oauth2(COORDINATOR).get("/api/deadlines/calendar.ics").asString();
    assertThat(new CalendarBuilder().build(new StringReader(county)).getComponents("VEVENT"))
        .hasSizeGreaterThanOrEqualTo(events.size());
    given()
        .auth()
        .oauth2(MUNI)
        .get("/api/deadlines/calendar.ics?ags=05358024")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(TestTokens.municipality("juelich", "05358024"))
        .get("/api/deadlines?applicationId=" + id)
        .then()
        .body("total", equalTo(0));
  }

  private static List<String> iterable(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  static String approvedApplication(String preset, LocalDate stage) {
    Fixtures.Programme programme = Fixtures.programme("EDUCATION", "9000000", stage, preset);
    UUID project = Fixtures.project(DUEREN, "Schulhof", "EDUCATION", "500000");
    String id =
        Fixtures.createApplication(MUNI, Fixtures.applicationBody(project, programme, "300000"));
    Fixtures.approve(MUNI, id, START, END);
    return id;
  }

  static JsonPath deadlinesOf(String applicationId) {
    return given()
        .auth()
        .oauth2(COORDINATOR)
        .get("/api/deadlines?applicationId=" + applicationId)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static String due(JsonPath deadlines, String kind) {
    return deadlines.getString("items.find { it.kind == '" + kind + "' }.dueDate");
  }
}

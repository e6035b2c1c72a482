package de.foerderlotse.project.settlement;

import static de.foerderlotse.project.settlement.SettlementFixture.MUNI;
import static de.foerderlotse.project.settlement.SettlementFixture.TODAY;
import static de.foerderlotse.project.settlement.SettlementFixture.expense;
import static de.foerderlotse.project.settlement.SettlementFixture.item;
import static de.foerderlotse.project.settlement.SettlementFixture.recordExpense;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import de.foerderlotse.project.Fixtures;
import de.foerderlotse.project.settlement.SettlementFixture.Figures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The checklist through the API: each check failing with its numbers, and passing. */
@QuarkusTest
class ChecklistResourceTest {

  private static final LocalDate YEAR_START = TODAY.withDayOfYear(1);

  private Fixtures.Programme programme;
  private UUID project;

  @BeforeEach
  void setUp() {
    programme = SettlementFixture.programme("Sportstätten", 1, null);
    project = Fixtures.project(SettlementFixture.DUEREN, "Sporthalle Nord", "SPORT", "500000");
  }

  private String granted(Figures figures) {
    return SettlementFixture.granted(
        MUNI, project, programme, figures, YEAR_START, YEAR_START, TODAY.plusYears(1));
  }

  @Test
  void cleanApplicationPassesEveryCheck() {
    String id = granted(Figures.standard());
    putBudgetLines(id, Map.of("code", "BAU", "label", "Baukosten", "approvedAmount", "300000"));
    Map<String, Object> works = expense(TODAY.toString(), "90000.00", "WORKS", TODAY.toString());
    works.put("budgetLine", "BAU");
    recordExpense(MUNI, id, works);
    recordExpense(
        MUNI, id, expense(TODAY.toString(), "9000.00", "SUPPLIES_AND_SERVICES", TODAY.toString()));
    SettlementFixture.recordPayout(MUNI, id, "50000.00", TODAY);

    given()
        .auth()
        .oauth2(MUNI)
        .get("/api/applications/" + id + "/checklist")
        .then()
        .statusCode(200)
        .body("status", equalTo("OK"))
        .body("items", hasSize(9))
        .body("items.status", everyItem(equalTo("OK")))
        .body(
            "items.code",
            equalTo(
                List.of(
                    "OWN_CONTRIBUTION",
                    "FUNDING_RATE",
                    "EARLY_START",
                    "PAYOUT_SPENDING",
                    "PROOF_OF_USE",
                    "INTERIM_PROOF",
                    "CUMULATION",
                    "PROCUREMENT",
                    "BUDGET_LINES")));
    assertThat(item(id, "OWN_CONTRIBUTION").figure("ownContributionPercent"))
        .isEqualByComparingTo("20");
    assertThat(item(id, "FUNDING_RATE").figure("requestedPercent")).isEqualByComparingTo("60");
    // 99,000 paid × 60 % grant share = 59,400 ≥ 50,000 drawn.
    assertThat(item(id, "PAYOUT_SPENDING").figure("unspentToday")).isEqualByComparingTo("0");
    assertThat(item(id, "CUMULATION").figure("publicSharePercent")).isEqualByComparingTo("60");
  }

  @Test
  void ownContributionAndFundingRateViolationsShowTheNumbers() {
    String id =
        SettlementFixture.draft(
            MUNI, project, programme, new Figures("500000.00", "450000.00", "25000.00", null));
    var own = item(id, "OWN_CONTRIBUTION");
    assertThat(own.status()).isEqualTo("VIOLATION");
    assertThat(own.figure("ownContributionPercent")).isEqualByComparingTo("5");
    assertThat(own.figure("missingAmount")).isEqualByComparingTo("25000");
    assertThat(own.advice()).contains("mindestens 10,00 %", "um 25.000,00 € erhöhen");
    var rate = item(id, "FUNDING_RATE");
    assertThat(rate.status()).isEqualTo("VIOLATION");
    assertThat(rate.figure("requestedPercent")).isEqualByComparingTo("90");
    assertThat(rate.figure("maxRequestableAmount")).isEqualByComparingTo("400000");
    assertThat(rate.figure("excessAmount")).isEqualByComparingTo("50000");
  }

  @Test
  void contractBeforeGrantNoticeIsEarlyStartViolation() {
    String id = granted(Figures.standard());
    Map<String, Object> early = expense(TODAY.toString(), "40000.00", "OTHER", null);
    early.put("contractDate", YEAR_START.minusDays(20).toString());
    recordExpense(MUNI, id, early);
    var item = item(id, "EARLY_START");
    assertThat(item.status()).isEqualTo("VIOLATION");
    assertThat(item.figure("amountBeforeGrantNotice")).isEqualByComparingTo("40000");
    assertThat(item.figures().get("earliestCommitment"))
        .isEqualTo(YEAR_START.minusDays(20).toString());
    assertThat(item.advice()).contains("keinen vorzeitigen Maßnahmebeginn");
  }

  @Test
  void payoutUnspentBeyondItsWindowIsViolationWithAmountAndSince() {
    LocalDate notice = TODAY.minusDays(100);
    String id =
        SettlementFixture.granted(
            MUNI, project, programme, Figures.standard(), notice, notice, TODAY.plusYears(1));
    LocalDate received = TODAY.minusDays(60);
    SettlementFixture.recordPayout(MUNI, id, "50000.00", received);
    recordExpense(
        MUNI,
        id,
        expense(
            TODAY.minusDays(55).toString(), "20000.00", "OTHER", TODAY.minusDays(50).toString()));
    var item = item(id, "PAYOUT_SPENDING");
    // 20,000 × 60 % = 12,000 spent within the 6 weeks; 38,000 drawn too early.
    assertThat(item.status()).isEqualTo("VIOLATION");
    assertThat(item.figure("drawnTooEarly")).isEqualByComparingTo("38000");
    assertThat(item.figures().get("since")).isEqualTo(received.plusWeeks(6).plusDays(1).toString());
    assertThat(item.advice()).contains("38.000,00 €", "6 Wochen");
  }

  @Test
  void proofOfUseDueWithinThirtyDaysWarnsOverdueIsViolationSubmittedIsOk() {
    LocalDate endSoon = TODAY.plusDays(10).minusMonths(6);
    String soon =
        SettlementFixture.granted(
            MUNI,
            project,
            programme,
            Figures.standard(),
            endSoon.minusMonths(1),
            endSoon.minusMonths(1),
            endSoon);
    var warning = item(soon, "PROOF_OF_USE");
    assertThat(warning.status()).isEqualTo("WARNING");
    assertThat(warning.figure("daysLeft").intValue()).isBetween(1, 30);

    LocalDate endLate = TODAY.minusMonths(7);
    String late =
        SettlementFixture.granted(
            MUNI,
            project,
            programme,
            Figures.standard(),
            endLate.minusMonths(1),
            endLate.minusMonths(1),
            endLate);
    var violation = item(late, "PROOF_OF_USE");
    assertThat(violation.status()).isEqualTo("VIOLATION");
    assertThat(violation.figure("daysLeft").intValue()).isNegative();
    assertThat(violation.advice()).contains("überfällig");

    proof(late, Map.of("kind", "FINAL", "submittedOn", TODAY.toString())).statusCode(201);
    assertThat(item(late, "PROOF_OF_USE").status()).isEqualTo("OK");
  }

  @Test
  void interimProofMissingForFinishedBudgetYearUntilSubmitted() {
    LocalDate start = LocalDate.of(TODAY.getYear() - 1, 3, 1);
    String id =
        SettlementFixture.granted(
            MUNI, project, programme, Figures.standard(), start, start, TODAY.plusYears(1));
    var missing = item(id, "INTERIM_PROOF");
    // Due 30 April of this year: a warning before, a violation after.
    assertThat(missing.status())
        .isEqualTo(TODAY.isAfter(LocalDate.of(TODAY.getYear(), 4, 30)) ? "VIOLATION" : "WARNING");
    assertThat(missing.figures().get("missingYears")).isEqualTo(List.of(TODAY.getYear() - 1));

    proof(
            id,
            Map.of(
                "kind",
                "INTERIM",
                "budgetYear",
                TODAY.getYear() - 1,
                "submittedOn",
                TODAY.toString()))
        .statusCode(201);
    assertThat(item(id, "INTERIM_PROOF").status()).isEqualTo("OK");
  }

  @Test
  void cumulationOfTheProjectsGrantsAboveMaxPublicShareIsViolation() {
    String first = granted(Figures.standard());
    assertThat(item(first, "CUMULATION").status()).isEqualTo("OK");

    Fixtures.Programme other = SettlementFixture.programme("Bundesprogramm", 1, null);
    SettlementFixture.granted(
        MUNI,
        project,
        other,
        new Figures("500000.00", "200000.00", "100000.00", "200000.00"),
        YEAR_START,
        YEAR_START,
        TODAY.plusYears(1));
    var item = item(first, "CUMULATION");
    // 300,000 + 200,000 = 100 % of 500,000; at most 90 % = 450,000.
    assertThat(item.status()).isEqualTo("VIOLATION");
    assertThat(item.figure("publicFundingTotal")).isEqualByComparingTo("500000");
    assertThat(item.figure("excessAmount")).isEqualByComparingTo("50000");
    assertThat(item.advice()).contains("„Bundesprogramm“");
  }

  @Test
  void worksAboveProcurementThresholdWithoutReferenceIsViolation() {
    String id = granted(Figures.standard());
    recordExpense(MUNI, id, expense(TODAY.toString(), "100000.00", "WORKS", null));
    assertThat(item(id, "PROCUREMENT").status()).isEqualTo("OK");

    String large = recordExpense(MUNI, id, expense(TODAY.toString(), "120000.00", "WORKS", null));
    var item = item(id, "PROCUREMENT");
    assertThat(item.status()).isEqualTo("VIOLATION");
    assertThat(item.figure("amountWithoutReference")).isEqualByComparingTo("120000");
    assertThat(item.advice()).contains("Wertgrenze 100.000,00 €");

    given()
        .auth()
        .oauth2(MUNI)
        .delete("/api/applications/" + id + "/expenses/" + large)
        .then()
        .statusCode(204);
    Map<String, Object> referenced = expense(TODAY.toString(), "120000.00", "WORKS", null);
    referenced.put("procurementReference", "VG-2026-117");
    recordExpense(MUNI, id, referenced);
    assertThat(item(id, "PROCUREMENT").status()).isEqualTo("OK");
  }

  @Test
  void invoicesRecordedForOneContractCountTogetherAgainstTheThreshold() {
    String id = granted(Figures.standard());
    for (String amount : new String[] {"6000.00", "5000.00"}) {
      Map<String, Object> invoice =
          expense(TODAY.toString(), amount, "SUPPLIES_AND_SERVICES", null);
      invoice.put("contractReference", "Rahmenvertrag Leuchten");
      recordExpense(MUNI, id, invoice);
    }

    var item = item(id, "PROCUREMENT");
    assertThat(item.status()).isEqualTo("VIOLATION");
    assertThat(item.figure("amountWithoutReference")).isEqualByComparingTo("11000");
    assertThat(item.advice()).contains("Auftrag „Rahmenvertrag Leuchten“ mit 2 Rechnungen");
    given()
        .auth()
        .oauth2(MUNI)
        .get("/api/applications/" + id + "/expenses")
        .then()
        .statusCode(200)
        .body(
            org.hamcrest.Matchers.containsString(
                "\"contractReference\":\"Rahmenvertrag Leuchten\""));
  }

  @Test
  void budgetLineOverrunWithinToleranceIsOffsetBeyondItIsViolation() {
    String id = granted(Figures.standard());
    putBudgetLines(
        id,
        Map.of("code", "BAU", "label", "Baukosten", "approvedAmount", "100000"),
        Map.of("code", "PLAN", "label", "Planung", "approvedAmount", "50000"));
    Map<String, Object> first = expense(TODAY.toString(), "115000.00", "WORKS", null);
    first.put("budgetLine", "BAU");
    first.put("procurementReference", "VG-1");
    recordExpense(MUNI, id, first);
    assertThat(item(id, "BUDGET_LINES").status()).isEqualTo("OK");

    Map<String, Object> more = expense(TODAY.toString(), "10000.00", "OTHER", null);
    more.put("budgetLine", "BAU");
    recordExpense(MUNI, id, more);
    var item = item(id, "BUDGET_LINES");
    assertThat(item.status()).isEqualTo("VIOLATION");
    assertThat(item.figure("largestOverrunPercent")).isEqualByComparingTo("25");
    assertThat(item.figure("tolerancePercent")).isEqualByComparingTo("20");
    assertThat(item.advice()).contains("125.000,00 € statt 100.000,00 €");
  }

  @SafeVarargs
  static void putBudgetLines(String id, Map<String, Object>... lines) {
    given()
        .auth()
        .oauth2(MUNI)
        .contentType(ContentType.JSON)
        .body(Map.of("lines", List.of(lines)))
        .put("/api/applications/" + id + "/budget-lines")
        .then()
        .statusCode(200)
        .body("", hasSize(lines.length));
  }

  static io.restassured.response.ValidatableResponse proof(String id, Map<String, Object> body) {
    return given()
        .auth()
        .oauth2(MUNI)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/applications/" + id + "/proof-submissions")
        .then();
  }
}

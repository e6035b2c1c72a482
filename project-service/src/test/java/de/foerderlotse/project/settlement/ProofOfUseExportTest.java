package de.foerderlotse.project.settlement;

import static de.foerderlotse.project.settlement.SettlementFixture.MUNI;
import static de.foerderlotse.project.settlement.SettlementFixture.TODAY;
import static de.foerderlotse.project.settlement.SettlementFixture.expense;
import static de.foerderlotse.project.settlement.SettlementFixture.recordExpense;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.foerderlotse.project.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The numerical proof of use parses back (CSV reader, PDF text extraction) with the right sums. */
@QuarkusTest
class ProofOfUseExportTest {

  private String id;

  @BeforeEach
  void setUp() {
    Fixtures.Programme programme = SettlementFixture.programme("Schulbau", 1, null);
    UUID project =
        Fixtures.project(SettlementFixture.DUEREN, "Grundschule „Am Weiher“", "SPORT", "500000");
    id = SettlementFixture.granted(MUNI, project, programme, SettlementFixture.Figures.standard());
    ChecklistResourceTest.putBudgetLines(
        id,
        Map.of("code", "BAU", "label", "Baukosten", "approvedAmount", "300000"),
        Map.of("code", "PLAN", "label", "Planung, Gutachten", "approvedAmount", "100000"));
    String today = TODAY.toString();
    Map<String, Object> works = expense(today, "90000.00", "WORKS", today);
    works.put("budgetLine", "BAU");
    String first = recordExpense(MUNI, id, works);
    Map<String, Object> more = expense(today, "10000.50", "WORKS", today);
    more.put("budgetLine", "BAU");
    recordExpense(MUNI, id, more);
    Map<String, Object> plan = expense(today, "9000.00", "SUPPLIES_AND_SERVICES", today);
    plan.put("budgetLine", "PLAN");
    recordExpense(MUNI, id, plan);
    recordExpense(MUNI, id, expense(today, "1000.00", "PERSONNEL", null));
    given()
        .auth()
        .oauth2(MUNI)
        .contentType("application/json")
        .body(Map.of("amount", "50000.00", "receivedOn", today, "expenseIds", List.of(first)))
        .post("/api/applications/" + id + "/payouts")
        .then()
        .statusCode(201);
    SettlementFixture.recordPayout(MUNI, id, "10000.00", TODAY);
  }

  @Test
  void csvParsesBackWithSumsByCategoryPayoutsAndRemainingFunds() throws IOException {
    String csv =
        given()
            .auth()
            .oauth2(MUNI)
            .get("/api/applications/" + id + "/proof-of-use.csv")
            .then()
            .statusCode(200)
            .contentType("text/csv")
            .header(
                "Content-Disposition",
                "attachment; filename=\"verwendungsnachweis-" + id + ".csv\"")
            .extract()
            .asString();
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv))
            .getRecords();
    assertThat(rows.get(0).getParser().getHeaderNames())
        .containsExactly("section", "key", "label", "date", "count", "approved_eur", "amount_eur");
    assertThat(amount(rows, "COST_CATEGORY", "WORKS")).isEqualByComparingTo("100000.50");
    assertThat(row(rows, "COST_CATEGORY", "WORKS").get("count")).isEqualTo("2");
    assertThat(amount(rows, "COST_CATEGORY", "SUPPLIES_AND_SERVICES")).isEqualByComparingTo("9000");
    assertThat(amount(rows, "COST_CATEGORY", "PERSONNEL")).isEqualByComparingTo("1000");
    assertThat(amount(rows, "COST_CATEGORY", "OTHER")).isEqualByComparingTo("0");
    assertThat(amount(rows, "BUDGET_LINE", "BAU")).isEqualByComparingTo("100000.50");
    assertThat(row(rows, "BUDGET_LINE", "PLAN").get("label")).isEqualTo("Planung, Gutachten");
    assertThat(
            rows.stream()
                .filter(r -> r.get("section").equals("PAYOUT"))
                .map(r -> new BigDecimal(r.get("amount_eur")))
                .reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("60000");
    assertThat(amount(rows, "TOTAL", "EXPENSES")).isEqualByComparingTo("110000.50");
    // Grant share 300,000 / 500,000 = 60 % of 110,000.50.
    assertThat(amount(rows, "TOTAL", "GRANT_SHARE_OF_EXPENSES")).isEqualByComparingTo("66000.30");
    assertThat(amount(rows, "TOTAL", "PAYOUTS")).isEqualByComparingTo("60000");
    assertThat(amount(rows, "TOTAL", "PAYOUTS_MINUS_GRANT_SHARE")).isEqualByComparingTo("-6000.30");
    assertThat(amount(rows, "TOTAL", "REMAINING_FUNDS")).isEqualByComparingTo("240000");
    assertThat(row(rows, "APPLICATION", id).get("label")).isEqualTo("Grundschule „Am Weiher“");
  }

  @Test
  void pdfTextShowsGermanLabelsAndAmounts() throws IOException {
    byte[] pdf =
        given()
            .auth()
            .oauth2(SettlementFixture.VIEWER)
            .get("/api/applications/" + id + "/proof-of-use.pdf")
            .then()
            .statusCode(200)
            .contentType("application/pdf")
            .extract()
            .asByteArray();
    String text;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      text = new PDFTextStripper().getText(document);
    }
    assertThat(text)
        .contains("Zahlenmäßiger Verwendungsnachweis")
        .contains("Grundschule „Am Weiher“")
        .contains("Bauleistungen")
        .contains("100.000,50 €")
        .contains("Summe der Ausgaben")
        .contains("110.000,50 €")
        .contains("Zuwendungsanteil der Ausgaben")
        .contains("66.000,30 €")
        .contains("Summe der Mittelabrufe")
        .contains("60.000,00 €")
        .contains("Noch abrufbare Mittel")
        .contains("240.000,00 €");
  }

  private static CSVRecord row(List<CSVRecord> rows, String section, String key) {
    return rows.stream()
        .filter(r -> r.get("section").equals(section) && r.get("key").equals(key))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + section + "/" + key));
  }

  private static BigDecimal amount(List<CSVRecord> rows, String section, String key) {
    return new BigDecimal(row(rows, section, key).get("amount_eur"));
  }
}

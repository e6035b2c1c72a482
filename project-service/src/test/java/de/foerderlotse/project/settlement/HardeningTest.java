package de.foerderlotse.project.settlement;

import static de.foerderlotse.project.settlement.SettlementFixture.MUNI;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import de.foerderlotse.project.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Bad or hostile input to project-service ends as a clear 4xx, never as 500, and exports are safe.
 */
@QuarkusTest
class HardeningTest {

  private static final String PROBLEM = "application/problem+json";

  private static String grantedApplication(String title) {
    Fixtures.Programme programme = SettlementFixture.programme("Härtetest " + title, 1, null);
    UUID project = Fixtures.project(SettlementFixture.DUEREN, title, "SPORT", "500000");
    return SettlementFixture.granted(
        MUNI, project, programme, SettlementFixture.Figures.standard());
  }

  @Test
  void concurrentIdenticalBudgetLineReplacesNeverFail() throws Exception {
    String id = grantedApplication("Parallele Einzelansätze");
    String body =
        """
        {"lines":[{"code":"BAU","label":"Baukosten","approvedAmount":200000},
                  {"code":"PLAN","label":"Planung","approvedAmount":50000}]}""";
    Callable<Integer> put =
        () ->
            given()
                .auth()
                .oauth2(MUNI)
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/applications/" + id + "/budget-lines")
                .statusCode();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int round = 0; round < 3; round++) {
        for (int client = 0; client < 4; client++) {
          answers.add(pool.submit(put));
        }
      }
      for (Future<Integer> answer : answers) {
        assertThat(answer.get()).isIn(200, 409, 412);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aNullOrEmptyExpenseIdInAPayoutIs400() {
    String id = grantedApplication("Mittelabruf ohne Ausgabe");
    for (String expenseIds : List.of("[null]", "[\"\"]")) {
      given()
          .auth()
          .oauth2(MUNI)
          .contentType(ContentType.JSON)
          .body(
              "{\"amount\":\"100.00\",\"receivedOn\":\""
                  + SettlementFixture.TODAY
                  + "\",\"expenseIds\":"
                  + expenseIds
                  + "}")
          .post("/api/applications/" + id + "/payouts")
          .then()
          .statusCode(400)
          .contentType(equalTo(PROBLEM));
    }
  }

  @Test
  void aBackslashAsAlertSubjectIsAnOrdinaryFilterValue() {
    given()
        .auth()
        .oauth2(Fixtures.COORDINATOR)
        .urlEncodingEnabled(false)
        .get("/api/alerts?subjectId=%5C")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(0));
  }

  @Test
  void datesOutsideTheAcceptedYearsAndNulInParametersAre400NamingTheParameter() {
    given()
        .auth()
        .oauth2(Fixtures.COORDINATOR)
        .urlEncodingEnabled(false)
        .get("/api/deadlines?dueFrom=%2B999999999-12-31")
        .then()
        .statusCode(400)
        .contentType(equalTo(PROBLEM))
        .body("errors.field", hasItem("dueFrom"));
    given()
        .auth()
        .oauth2(Fixtures.COORDINATOR)
        .urlEncodingEnabled(false)
        .get("/api/applications?ags=%00")
        .then()
        .statusCode(400)
        .contentType(equalTo(PROBLEM))
        .body("errors.field", hasItem("ags"));
  }

  @Test
  void anExpenseWithAnInvoiceDateOutsideTheAcceptedYearsIs400() {
    String id = grantedApplication("Uraltrechnung");
    given()
        .auth()
        .oauth2(MUNI)
        .contentType(ContentType.JSON)
        .body(SettlementFixture.expense("-4714-11-23", "100.00", "WORKS", null))
        .post("/api/applications/" + id + "/expenses")
        .then()
        .statusCode(400)
        .contentType(equalTo(PROBLEM))
        .body("errors.field", hasItem("invoiceDate"));
  }

  @Test
  void csvCellsThatWouldBeFormulasAreNeutralised() throws IOException {
    String title = "=cmd|' /C calc'!A0";
    String id = grantedApplication(title);
    ChecklistResourceTest.putBudgetLines(
        id,
        Map.of(
            "code",
            "+BAU",
            "label",
            "=HYPERLINK(\"http://x.test\",\"y\")",
            "approvedAmount",
            "1000"),
        Map.of("code", "PLAN", "label", "@SUM(A1:A2)", "approvedAmount", "1000"),
        Map.of("code", "TAB", "label", "\tTab", "approvedAmount", "1000"),
        Map.of("code", "NEG", "label", "-1+1", "approvedAmount", "1000"));
    String csv =
        given()
            .auth()
            .oauth2(MUNI)
            .get("/api/applications/" + id + "/proof-of-use.csv")
            .then()
            .statusCode(200)
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
    for (CSVRecord row : rows) {
      for (String column : List.of("key", "label")) {
        String cell = row.get(column);
        assertThat(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0)
            .as("%s cell %s of %s", column, cell, Arrays.toString(row.values()))
            .isTrue();
      }
    }
    assertThat(rows.stream().filter(r -> r.get("section").equals("APPLICATION")).findFirst())
        .get()
        .satisfies(r -> assertThat(r.get("label")).isEqualTo("'" + title));
  }
}

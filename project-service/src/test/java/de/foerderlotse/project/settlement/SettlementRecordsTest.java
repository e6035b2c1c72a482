package de.foerderlotse.project.settlement;

import static de.foerderlotse.project.settlement.SettlementFixture.MUNI;
import static de.foerderlotse.project.settlement.SettlementFixture.OTHER;
import static de.foerderlotse.project.settlement.SettlementFixture.TODAY;
import static de.foerderlotse.project.settlement.SettlementFixture.VIEWER;
import static de.foerderlotse.project.settlement.SettlementFixture.expense;
import static de.foerderlotse.project.settlement.SettlementFixture.recordExpense;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import de.foerderlotse.infra.test.TestTokens;
import de.foerderlotse.project.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Recording expenses, budget lines, payouts for expenses and proofs: validation and tenants. */
@QuarkusTest
class SettlementRecordsTest {

  private Fixtures.Programme programme;
  private UUID project;
  private String id;

  @BeforeEach
  void setUp() {
    programme = SettlementFixture.programme("Radwege", 1, null);
    project = Fixtures.project(SettlementFixture.DUEREN, "Radweg Ost", "SPORT", "500000");
    id = SettlementFixture.granted(MUNI, project, programme, SettlementFixture.Figures.standard());
  }

  @Test
  void rejectsIncompleteOrMalformedExpensesWithGermanFieldErrors() {
    post("/expenses", MUNI, Map.of("paidOn", "2027-01-01"))
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItems("invoiceDate", "amount", "costCategory", "description"))
        .body("errors.message", hasItem("Bitte die Kostenart angeben."));
    Map<String, Object> bad = expense(TODAY.toString(), "12.345", "WORKS", null);
    post("/expenses", MUNI, bad)
        .statusCode(400)
        .body("errors.field", hasItem("amount"))
        .body("errors.message", hasItem("Höchstens zwei Nachkommastellen."));
    post("/expenses", MUNI, expense(TODAY.toString(), "10.00", "KAFFEE", null))
        .statusCode(400)
        .body("errors.field", hasItem("costCategory"));
    Map<String, Object> unknownLine = expense(TODAY.toString(), "10.00", "OTHER", null);
    unknownLine.put("budgetLine", "GIBTSNICHT");
    post("/expenses", MUNI, unknownLine)
        .statusCode(422)
        .body("detail", containsString("„GIBTSNICHT“"));
  }

  @Test
  void refusesExpensesBeforeApprovalAndAfterProofOfUse() {
    String draft =
        SettlementFixture.draft(MUNI, project, programme, SettlementFixture.Figures.standard());
    given()
        .auth()
        .oauth2(MUNI)
        .contentType(ContentType.JSON)
        .body(expense(TODAY.toString(), "10.00", "OTHER", null))
        .post("/api/applications/" + draft + "/expenses")
        .then()
        .statusCode(409)
        .body("detail", containsString("„Entwurf“"));
    Fixtures.act(MUNI, id, "submit-proof-of-use", Map.of());
    post("/expenses", MUNI, expense(TODAY.toString(), "10.00", "OTHER", null)).statusCode(409);
  }

  @Test
  void payoutNamesTheExpensesItIsForAndKeepsThemFromDeletion() {
    String expenseId = recordExpense(MUNI, id, expense(TODAY.toString(), "900.00", "OTHER", null));
    post(
            "/payouts",
            MUNI,
            Map.of(
                "amount",
                "540.00",
                "receivedOn",
                TODAY.toString(),
                "expenseIds",
                List.of(UUID.randomUUID())))
        .statusCode(422);
    post(
            "/payouts",
            MUNI,
            Map.of(
                "amount",
                "540.00",
                "receivedOn",
                TODAY.toString(),
                "expenseIds",
                List.of(expenseId)))
        .statusCode(201)
        .body("expenseIds", equalTo(List.of(expenseId)));
    given()
        .auth()
        .oauth2(MUNI)
        .delete("/api/applications/" + id + "/expenses/" + expenseId)
        .then()
        .statusCode(409);
    given()
        .auth()
        .oauth2(VIEWER)
        .get("/api/applications/" + id + "/payouts")
        .then()
        .statusCode(200)
        .body("[0].expenseIds", equalTo(List.of(expenseId)));
  }

  @Test
  void budgetLinesAreValidatedAndReplacedAsAWhole() {
    put(List.of(Map.of("code", "BAU", "label", "", "approvedAmount", "1"))).statusCode(400);
    put(List.of(line("BAU", "100"), line("BAU", "200"))).statusCode(422);
    put(List.of(line("BAU", "400000"), line("PLAN", "200000")))
        .statusCode(422)
        .body("detail", containsString("zuwendungsfähigen Ausgaben"));
    put(List.of(line("BAU", "300000"), line("PLAN", "100000"))).statusCode(200);
    Map<String, Object> booked = expense(TODAY.toString(), "10.00", "OTHER", null);
    booked.put("budgetLine", "PLAN");
    recordExpense(MUNI, id, booked);
    put(List.of(line("BAU", "300000"))).statusCode(422).body("detail", containsString("PLAN"));
    given()
        .auth()
        .oauth2(VIEWER)
        .get("/api/applications/" + id + "/budget-lines")
        .then()
        .statusCode(200)
        .body("code", equalTo(List.of("BAU", "PLAN")));
  }

  @Test
  void proofSubmissionsNeedTheYearForInterimProofsAndAreRecordedOnce() {
    post("/proof-submissions", MUNI, Map.of("kind", "INTERIM", "submittedOn", TODAY.toString()))
        .statusCode(422);
    post("/proof-submissions", MUNI, Map.of("kind", "FINAL"))
        .statusCode(400)
        .body("errors.field", hasItem("submittedOn"));
    post("/proof-submissions", MUNI, Map.of("kind", "FINAL", "submittedOn", TODAY.toString()))
        .statusCode(201);
    post("/proof-submissions", MUNI, Map.of("kind", "FINAL", "submittedOn", TODAY.toString()))
        .statusCode(409);
    given()
        .auth()
        .oauth2(VIEWER)
        .get("/api/applications/" + id + "/proof-submissions")
        .then()
        .statusCode(200)
        .body("", hasSize(1));
  }

  @Test
  void otherMunicipalitiesSeeNothingViewersOnlyReadScoutsNothing() {
    String expenseId = recordExpense(MUNI, id, expense(TODAY.toString(), "10.00", "OTHER", null));
    for (String path :
        List.of(
            "/checklist",
            "/expenses",
            "/budget-lines",
            "/proof-submissions",
            "/proof-of-use.csv",
            "/proof-of-use.pdf")) {
      given().auth().oauth2(OTHER).get("/api/applications/" + id + path).then().statusCode(404);
      given().auth().oauth2(VIEWER).get("/api/applications/" + id + path).then().statusCode(200);
      given()
          .auth()
          .oauth2(TestTokens.of("sven", "scout"))
          .get("/api/applications/" + id + path)
          .then()
          .statusCode(403);
      given().get("/api/applications/" + id + path).then().statusCode(401);
    }
    post("/expenses", OTHER, expense(TODAY.toString(), "10.00", "OTHER", null)).statusCode(404);
    post("/expenses", VIEWER, expense(TODAY.toString(), "10.00", "OTHER", null)).statusCode(403);
    given()
        .auth()
        .oauth2(OTHER)
        .delete("/api/applications/" + id + "/expenses/" + expenseId)
        .then()
        .statusCode(404);
    given()
        .auth()
        .oauth2(Fixtures.COORDINATOR)
        .get("/api/applications/" + id + "/expenses")
        .then()
        .statusCode(200)
        .body("[0].costCategoryLabel", equalTo("Sonstige Ausgaben"));
  }

  private static Map<String, Object> line(String code, String amount) {
    return Map.of("code", code, "label", "Ansatz " + code, "approvedAmount", amount);
  }

  private io.restassured.response.ValidatableResponse put(List<Map<String, Object>> lines) {
    return given()
        .auth()
        .oauth2(MUNI)
        .contentType(ContentType.JSON)
        .body(Map.of("lines", lines))
        .put("/api/applications/" + id + "/budget-lines")
        .then();
  }

  private io.restassured.response.ValidatableResponse post(
      String path, String token, Map<String, Object> body) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/applications/" + id + path)
        .then();
  }
}

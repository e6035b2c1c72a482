package de.foerderlotse.project.settlement;

import static io.restassured.RestAssured.given;

import de.foerderlotse.infra.test.TestTokens;
import de.foerderlotse.infra.test.TestTopics;
import de.foerderlotse.project.Fixtures;
import de.foerderlotse.project.TestEvents;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Programmes with a full rule set and granted applications in implementation, via broker and API.
 */
final class SettlementFixture {

  static final String DUEREN = "05358008";
  static final String JUELICH = "05358024";
  static final String MUNI = TestTokens.municipality("dueren", DUEREN);
  static final String OTHER = TestTokens.municipality("juelich", JUELICH);
  static final String VIEWER = TestTokens.of("vera", "viewer");
  static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Europe/Berlin"));

  /**
   * Funding rate 80 %, own contribution ≥ 10 %, early start forbidden, payout window 6 weeks, proof
   * of use after 6 months, interim proofs, public share ≤ 90 %, procurement thresholds 10,000 EUR
   * (supplies and services) and 100,000 EUR (works).
   */
  static final String RULES =
      """
      {"preset":"ANBEST_P","proofOfUseMonths":6,"interimProofRequired":true,"payoutWindow":"P6W",
       "earmarkingYears":5,"earlyStart":"FORBIDDEN","minOwnContributionPercent":10,
       "cumulationAllowed":true,"maxPublicSharePercent":90,
       "procurementThresholdSupplies":10000,"procurementThresholdWorks":100000}""";

  private SettlementFixture() {}

  static Fixtures.Programme programme(String title, long version, Fixtures.Programme existing) {
    return programme(title, version, existing, RULES);
  }

  /** A programme (or a new version of {@code existing}) with the given rule set JSON. */
  static Fixtures.Programme programme(
      String title, long version, Fixtures.Programme existing, String rules) {
    Fixtures.Programme p =
        existing != null ? existing : new Fixtures.Programme(UUID.randomUUID(), UUID.randomUUID());
    TestTopics.publish(
        TestEvents.PROGRAMMES,
        p.id().toString(),
        "de.foerderlotse.programme.changed.v1",
        """
        {"id":"%s","version":%d,"title":"%s","fundingBody":"Land NRW","status":"OPEN",
         "fundingAreas":["SPORT"],"applicantTypes":["MUNICIPALITY"],"eligibleRegions":["05"],
         "fundingRatePercent":80,"minGrant":10000,"maxGrant":2000000,"totalBudget":5000000,
         "ruleSet":%s,
         "calls":[{"id":"%s","title":"Aufruf %s","budget":null,
           "stages":[{"kind":"FULL_APPLICATION","label":"Vollantrag","deadline":"%s"}]}],
         "deleted":false,"changedFields":["created"],"changedAt":"2026-11-25T10:00:00Z"}
        """
            .formatted(
                p.id(),
                version,
                title,
                rules,
                p.callId(),
                title,
                OffsetDateTime.parse(TODAY.plusMonths(3) + "T23:59:00+01:00")));
    Fixtures.awaitReadModel("/api/read-models/programmes/" + p.id(), "version", (int) version);
    return p;
  }

  /** Application figures; {@code approved} is what the grant notice grants. */
  record Figures(String eligible, String requested, String own, String approved) {
    static Figures standard() {
      return new Figures("500000.00", "300000.00", "100000.00", "300000.00");
    }
  }

  /** A draft application with {@code figures}; returns its id. */
  static String draft(String token, UUID project, Fixtures.Programme programme, Figures f) {
    Map<String, Object> body = new HashMap<>(Fixtures.applicationBody(project, programme, "1"));
    body.put("requestedAmount", f.requested());
    body.put("eligibleCost", f.eligible());
    body.put("ownContribution", f.own());
    return Fixtures.createApplication(token, body);
  }

  /** A granted application in implementation: grant notice on {@code notice}. */
  static String granted(
      String token,
      UUID project,
      Fixtures.Programme programme,
      Figures f,
      LocalDate notice,
      LocalDate start,
      LocalDate end) {
    String id = draft(token, project, programme, f);
    Fixtures.act(token, id, "submit", Map.of());
    Fixtures.act(
        token,
        id,
        "approve",
        Map.of(
            "grantNoticeDate", notice.toString(),
            "approvedAmount", f.approved(),
            "approvalStart", start.toString(),
            "approvalEnd", end.toString()));
    Fixtures.act(token, id, "start-implementation", Map.of());
    return id;
  }

  /** A granted application whose period runs from 10 days ago for a year. */
  static String granted(String token, UUID project, Fixtures.Programme programme, Figures f) {
    return granted(
        token, project, programme, f, TODAY.minusDays(10), TODAY.minusDays(10), TODAY.plusYears(1));
  }

  static Map<String, Object> expense(
      String invoiceDate, String amount, String category, String paidOn) {
    Map<String, Object> body = new HashMap<>();
    body.put("invoiceDate", invoiceDate);
    body.put("amount", amount);
    body.put("costCategory", category);
    body.put("description", "Rechnung " + category + " " + amount);
    if (paidOn != null) {
      body.put("paidOn", paidOn);
    }
    return body;
  }

  static String recordExpense(String token, String id, Map<String, Object> body) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/applications/" + id + "/expenses")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  static String recordPayout(String token, String id, String amount, LocalDate receivedOn) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(Map.of("amount", amount, "receivedOn", receivedOn.toString()))
        .post("/api/applications/" + id + "/payouts")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** One checklist item (numbers as BigDecimal), read by the coordinator. */
  static Item item(String id, String code) {
    String body =
        given()
            .auth()
            .oauth2(Fixtures.COORDINATOR)
            .get("/api/applications/" + id + "/checklist")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    JsonPath checklist =
        JsonPath.from(body).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    Map<String, Object> item = checklist.getMap("items.find { it.code == '" + code + "' }");
    @SuppressWarnings("unchecked")
    Map<String, Object> figures = (Map<String, Object>) item.get("figures");
    return new Item((String) item.get("status"), figures, (String) item.get("advice"));
  }

  /** A checklist item as the API returned it. */
  record Item(String status, Map<String, Object> figures, String advice) {
    BigDecimal figure(String name) {
      Object value = figures.get(name);
      return value == null ? null : new BigDecimal(value.toString());
    }
  }
}

package de.foerderlotse.project.budget;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.foerderlotse.infra.test.TestTokens;
import de.foerderlotse.project.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** GET /api/budget-pressure?ags=: the calls one municipality applies to, with its own demand. */
@QuarkusTest
class BudgetPressureNarrowingTest {

  private static final String DUEREN_AGS = "05358008";
  private static final String NIDEGGEN_AGS = "05358044";
  private static final String DUEREN = TestTokens.municipality("dueren", DUEREN_AGS);
  private static final String NIDEGGEN = TestTokens.municipality("nideggen", NIDEGGEN_AGS);

  @Test
  void narrowsToTheCallsOfOneMunicipalityAndShowsItsDemandBesideTheCountys() {
    LocalDate deadline = LocalDate.now().plusMonths(3);
    Fixtures.Programme shared = Fixtures.programme("SPORT", "500000", deadline, "ANBEST_P");
    Fixtures.Programme onlyNideggen = Fixtures.programme("SPORT", "200000", deadline, "ANBEST_P");
    UUID duerenProject = Fixtures.project(DUEREN_AGS, "Sportplatz Nord", "SPORT", "500000");
    UUID nideggenProject = Fixtures.project(NIDEGGEN_AGS, "Sportplatz Süd", "SPORT", "500000");
    submit(DUEREN, Fixtures.applicationBody(duerenProject, shared, "300000"));
    submit(NIDEGGEN, Fixtures.applicationBody(nideggenProject, shared, "300000"));
    submit(NIDEGGEN, Fixtures.applicationBody(nideggenProject, onlyNideggen, "100000"));
    // A draft does not count, so Düren's draft does not bring the second call into its view.
    Fixtures.createApplication(
        DUEREN, Fixtures.applicationBody(duerenProject, onlyNideggen, "50000"));

    JsonPath dueren = pressure(Fixtures.COORDINATOR, DUEREN_AGS);
    assertThat(dueren.getList("callId")).contains(shared.callId().toString());
    assertThat(dueren.getList("callId")).doesNotContain(onlyNideggen.callId().toString());
    assertThat(dueren.getList("ags")).containsOnly(DUEREN_AGS);
    Map<String, Object> call = callOf(dueren, shared);
    assertThat(number(call, "budget")).isEqualByComparingTo("500000");
    assertThat(number(call, "requested")).isEqualByComparingTo("300000");
    assertThat(number(call, "applications")).isEqualByComparingTo("1");
    assertThat(number(call, "sharePercent")).isEqualByComparingTo("60");
    assertThat(number(call, "countyRequested")).isEqualByComparingTo("600000");
    assertThat(number(call, "countyApplications")).isEqualByComparingTo("2");
    assertThat(call.get("oversubscribed")).isEqualTo(true);

    JsonPath nideggen = pressure(NIDEGGEN, NIDEGGEN_AGS);
    assertThat(nideggen.getList("callId"))
        .contains(shared.callId().toString(), onlyNideggen.callId().toString());
    assertThat(number(callOf(nideggen, onlyNideggen), "requested")).isEqualByComparingTo("100000");
    assertThat(callOf(nideggen, onlyNideggen).get("oversubscribed")).isEqualTo(false);

    List<Object> countyWide = pressure(Fixtures.COORDINATOR, null).getList("callId");
    assertThat(countyWide).contains(onlyNideggen.callId().toString());
    assertThat(number(callOf(pressure(DUEREN, null), shared), "requested"))
        .isEqualByComparingTo("600000");
  }

  @Test
  void refusesAMunicipalityNarrowingToAnotherMunicipality() {
    given()
        .auth()
        .oauth2(NIDEGGEN)
        .queryParam("ags", DUEREN_AGS)
        .get("/api/budget-pressure")
        .then()
        .statusCode(403);
  }

  private static void submit(String token, Map<String, Object> body) {
    String id = Fixtures.createApplication(token, body);
    Fixtures.act(token, id, "submit", Map.of());
  }

  private static JsonPath pressure(String token, String ags) {
    var request = given().auth().oauth2(token);
    if (ags != null) {
      request = request.queryParam("ags", ags);
    }
    String body = request.get("/api/budget-pressure").then().statusCode(200).extract().asString();
    return JsonPath.from(body)
        .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
  }

  private static Map<String, Object> callOf(JsonPath list, Fixtures.Programme programme) {
    return list.getMap("find { it.callId == '" + programme.callId() + "' }");
  }

  private static BigDecimal number(Map<String, Object> call, String field) {
    return new BigDecimal(call.get(field).toString());
  }
}

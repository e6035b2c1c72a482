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
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** GET /api/budget-pressure: per call the county's requested sum against the budget. */
@QuarkusTest
class BudgetPressureResourceTest {

  private static final String DUEREN = TestTokens.municipality("dueren", "05358008");
  private static final String NIDEGGEN = TestTokens.municipality("nideggen", "05358044");

  @Test
  void listsRequestedSumShareAndOversubscriptionPerCallForAllButScouts() {
    Fixtures.Programme programme =
        Fixtures.programme("SPORT", "500000", LocalDate.now().plusMonths(3), "ANBEST_P");
    UUID first = Fixtures.project("05358008", "Sportplatz West", "SPORT", "500000");
    UUID second = Fixtures.project("05358044", "Sportplatz Burg", "SPORT", "500000");
    String a =
        Fixtures.createApplication(DUEREN, Fixtures.applicationBody(first, programme, "300000"));
    String b =
        Fixtures.createApplication(NIDEGGEN, Fixtures.applicationBody(second, programme, "300000"));
    Fixtures.createApplication(DUEREN, Fixtures.applicationBody(first, programme, "99000"));
    Fixtures.act(DUEREN, a, "submit", Map.of());
    Fixtures.act(NIDEGGEN, b, "submit", Map.of());

    String body =
        given()
            .auth()
            .oauth2(NIDEGGEN)
            .get("/api/budget-pressure")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    Map<String, Object> call =
        JsonPath.from(body)
            .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL))
            .getMap("find { it.callId == '" + programme.callId() + "' }");
    assertThat(call.get("programmeId")).isEqualTo(programme.id().toString());
    assertThat(call.get("callTitle")).isEqualTo("Aufruf 2027");
    assertThat(number(call, "budget")).isEqualByComparingTo("500000");
    // The draft of 99,000 does not count.
    assertThat(number(call, "requested")).isEqualByComparingTo("600000");
    assertThat(number(call, "applications")).isEqualByComparingTo("2");
    assertThat(number(call, "sharePercent")).isEqualByComparingTo("120");
    assertThat(call.get("oversubscribed")).isEqualTo(true);
    assertThat(call).doesNotContainKeys("ags", "applicationIds");

    given()
        .auth()
        .oauth2(TestTokens.of("vera", "viewer"))
        .get("/api/budget-pressure")
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(TestTokens.of("sven", "scout"))
        .get("/api/budget-pressure")
        .then()
        .statusCode(403);
    given().get("/api/budget-pressure").then().statusCode(401);
  }

  private static BigDecimal number(Map<String, Object> call, String field) {
    return new BigDecimal(call.get(field).toString());
  }
}

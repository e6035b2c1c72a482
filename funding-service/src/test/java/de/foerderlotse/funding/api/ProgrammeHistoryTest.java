package de.foerderlotse.funding.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import de.foerderlotse.funding.Scout;
import de.foerderlotse.infra.test.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProgrammeHistoryTest {

  @Test
  void recordsWhoChangedWhichFieldFromWhatToWhat() {
    String id =
        Scout.registered(
            "{\"title\":\"Sportstätten\",\"fundingBody\":\"Land\",\"status\":\"DRAFT\"}");
    Scout.put(
            id,
            0,
            "{\"title\":\"Sportstätten\",\"fundingBody\":\"Land\",\"status\":\"OPEN\","
                + "\"ruleSet\":{\"proofOfUseMonths\":8}}")
        .statusCode(200);

    Scout.request()
        .auth()
        .oauth2(TestTokens.of("vera", "viewer"))
        .get("/api/programmes/" + id + "/history")
        .then()
        .statusCode(200)
        .body("total", equalTo(3))
        .body("items.field", contains("status", "ruleSet.proofOfUseMonths", "created"))
        .body("items[0].oldValue", equalTo("DRAFT"))
        .body("items[0].newValue", equalTo("OPEN"))
        .body("items[0].changedBy", equalTo("sina"))
        .body("items[0].version", equalTo(1))
        .body("items[0].changedAt", notNullValue());
  }

  @Test
  void filtersHistoryByFieldPrefix() {
    String id =
        Scout.registered("{\"title\":\"Bäder\",\"fundingBody\":\"Land\",\"status\":\"DRAFT\"}");
    Scout.put(
            id,
            0,
            "{\"title\":\"Bäder 2\",\"fundingBody\":\"Land\",\"status\":\"DRAFT\","
                + "\"ruleSet\":{\"preset\":\"ANBEST_GK\"}}")
        .statusCode(200);

    Scout.request()
        .get("/api/programmes/" + id + "/history?field=ruleSet")
        .then()
        .statusCode(200)
        .body(
            "items.field",
            org.hamcrest.Matchers.hasItems("ruleSet.preset", "ruleSet.proofOfUseMonths"))
        .body("items.field", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("title")));
  }

  @Test
  void answersHistoryOfUnknownProgrammeWith404() {
    Scout.request()
        .get("/api/programmes/6f1c2a9e-0000-4000-8000-0000000000ff/history")
        .then()
        .statusCode(404);
  }
}

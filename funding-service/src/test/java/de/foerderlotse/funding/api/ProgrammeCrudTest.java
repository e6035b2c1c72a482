package de.foerderlotse.funding.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import de.foerderlotse.funding.Scout;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProgrammeCrudTest {

  private static final String FULL =
      """
      {"externalReference":"CRUD-FULL","title":"Kommunaler Klimaschutz","fundingBody":"BMWK",
       "shortDescription":"Zuschüsse für Klimaschutzmanagement in Kommunen",
       "fundingLevel":"FEDERAL","fundingAreas":["CLIMATE_PROTECTION","ENERGY"],
       "fundingType":"GRANT","applicantTypes":["MUNICIPALITY","COUNTY"],
       "eligibleRegions":["05"],"fundingRatePercent":70,"minGrant":10000,"maxGrant":"250000.5",
       "totalBudget":5000000,"status":"OPEN","url":"https://example.org/klima",
       "ruleSet":{"preset":"ANBEST_GK","proofOfUseMonths":9},
       "calls":[{"title":"Aufruf 2030","budget":1000000,
                 "stages":[{"kind":"SKETCH","deadline":"%s"},
                           {"kind":"FULL_APPLICATION","label":"Vollantrag","deadline":"%s"}]}]}
      """;

  @Test
  void registersFullProgrammeWithPresetOverriddenAndCallsInBerlinTime() {
    String id = Scout.registered(FULL.formatted("2030-03-01T10:00:00Z", "2030-06-30T21:59:00Z"));

    Scout.get(id)
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("fundingAreas", containsInAnyOrder("CLIMATE_PROTECTION", "ENERGY"))
        .body("maxGrant", equalTo(250000.50f))
        .body("ruleSet.preset", equalTo("ANBEST_GK"))
        .body("ruleSet.proofOfUseMonths", equalTo(9))
        .body("ruleSet.payoutWindow", equalTo("P2M"))
        .body(
            "calls[0].stages.deadline",
            contains("2030-03-01T11:00:00+01:00", "2030-06-30T23:59:00+02:00"))
        .body("calls[0].id", org.hamcrest.Matchers.notNullValue());
  }

  @Test
  void givesMinimalProgrammeTheDefaultAnbestPRuleSet() {
    String id =
        Scout.registered("{\"title\":\"Minimal\",\"fundingBody\":\"Land\",\"status\":\"DRAFT\"}");

    Scout.get(id)
        .statusCode(200)
        .body("ruleSet.preset", equalTo("ANBEST_P"))
        .body("ruleSet.proofOfUseMonths", equalTo(6))
        .body("ruleSet.payoutWindow", equalTo("P42D"))
        .body("fundingType", equalTo("GRANT"))
        .body("calls", hasSize(0));
  }

  @Test
  void updatesWithIfMatchAndRejectsStaleOrMissingVersion() {
    String id =
        Scout.registered("{\"title\":\"Alt\",\"fundingBody\":\"Land\",\"status\":\"DRAFT\"}");
    String changed = "{\"title\":\"Neu\",\"fundingBody\":\"Land\",\"status\":\"OPEN\"}";

    Scout.put(id, 0, changed).statusCode(200).header("ETag", "\"1\"").body("version", equalTo(1));
    Scout.put(id, 0, changed)
        .statusCode(412)
        .contentType("application/problem+json")
        .body("detail", containsString("inzwischen geändert"));
    Scout.request()
        .body(changed)
        .put("/api/programmes/" + id)
        .then()
        .statusCode(428)
        .contentType("application/problem+json")
        .body("detail", containsString("If-Match"));
  }

  @Test
  void keepsVersionWhenUpdateChangesNothing() {
    String body =
        "{\"title\":\"Gleich\",\"fundingBody\":\"Land\",\"status\":\"OPEN\",\"minGrant\":100}";
    String id = Scout.registered(body);

    Scout.put(id, 0, body.replace("100", "100.00")).statusCode(200).header("ETag", "\"0\"");
  }

  @Test
  void deletesProgrammeWithIfMatch() {
    String id =
        Scout.registered("{\"title\":\"Weg\",\"fundingBody\":\"Land\",\"status\":\"DRAFT\"}");

    Scout.request()
        .header("If-Match", "\"0\"")
        .delete("/api/programmes/" + id)
        .then()
        .statusCode(204);
    Scout.get(id).statusCode(404);
  }

  @Test
  void rejectsNewDeadlineInThePastWith422() {
    Scout.register(
            FULL.replace("CRUD-FULL", "CRUD-PAST")
                .formatted("2020-01-01T10:00:00Z", "2030-06-30T21:59:00Z"))
        .statusCode(422)
        .contentType("application/problem+json")
        .body("detail", containsString("Vergangenheit"));
  }

  @Test
  void rejectsMinimumAboveMaximumWith422() {
    Scout.register(
            "{\"title\":\"X\",\"fundingBody\":\"Land\",\"status\":\"OPEN\",\"minGrant\":5,\"maxGrant\":4}")
        .statusCode(422);
  }

  @Test
  void rejectsUnknownPresetAndInvalidFieldsWith400() {
    Scout.register(
            "{\"title\":\"X\",\"fundingBody\":\"Land\",\"status\":\"OPEN\",\"ruleSet\":{\"preset\":\"NOPE\"}}")
        .statusCode(400)
        .body("detail", containsString("NOPE"));
    Scout.register(
            "{\"title\":\"X\",\"fundingBody\":\"Land\",\"status\":\"OPEN\",\"fundingRatePercent\":120,"
                + "\"eligibleRegions\":[\"ab\"],\"url\":\"ftp://x\"}")
        .statusCode(400)
        .body("errors.field", hasItem("fundingRatePercent"))
        .body("errors.field", hasItem("url"))
        .body("errors.field", hasItem(containsString("eligibleRegions")));
    Scout.register(
            "{\"title\":\"X\",\"fundingBody\":\"Land\",\"status\":\"OPEN\",\"fundingAreas\":[\"MARS\"]}")
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("fundingAreas[0]"));
  }

  @Test
  void answersUnknownProgrammeOnUpdateWith404() {
    Scout.put(
            "6f1c2a9e-0000-4000-8000-00000000abcd",
            0,
            "{\"title\":\"X\",\"fundingBody\":\"Land\",\"status\":\"OPEN\"}")
        .statusCode(404);
  }

  @Test
  void servesVocabularyWithGermanLabelsAndPresets() {
    Scout.request()
        .get("/api/vocabulary")
        .then()
        .statusCode(200)
        .body("fundingAreas.find { it.code == 'MOBILITY' }.label", equalTo("Mobilität und Verkehr"))
        .body("ruleSetPresets.ANBEST_GK.proofOfUseMonths", equalTo(12))
        .body("ruleSetPresets.ANBEST_P.payoutWindow", equalTo("P42D"));
  }
}

package de.foerderlotse.funding.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import de.foerderlotse.funding.Scout;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NrwRuleSetPresetTest {

  private static String programme(String level, String applicants, String ruleSet) {
    return """
        {"title":"Landesprogramm","fundingBody":"MHKBD NRW","status":"OPEN",
         "fundingLevel":"%s","applicantTypes":[%s]%s}
        """
        .formatted(level, applicants, ruleSet == null ? "" : ",\"ruleSet\":" + ruleSet);
  }

  @Test
  void givesLandProgrammeForMunicipalitiesTheAnbestGNrwValuesWithoutInventedOnes() {
    String id = Scout.registered(programme("STATE", "\"MUNICIPALITY\"", null));

    Scout.get(id)
        .statusCode(200)
        .body("ruleSet.preset", equalTo("ANBEST_G_NRW"))
        .body("ruleSet.payoutWindow", equalTo("P2M"))
        .body("ruleSet.proofOfUseMonths", equalTo(6))
        .body("ruleSet.proofOfUseMonthsAfterPurpose", equalTo(6))
        .body("ruleSet.proofOfUseWording", equalTo("END_OF_NTH_FOLLOWING_MONTH"))
        .body("ruleSet.procurementThresholdSupplies", equalTo(25000))
        .body("ruleSet.minOwnContributionPercent", nullValue())
        .body("ruleSet.maxPublicSharePercent", nullValue())
        .body("ruleSet.earmarkingYears", nullValue());
  }

  @Test
  void keepsFederalDefaultForLandProgrammeClosedToMunicipalitiesAndForFederalProgrammes() {
    String companies = Scout.registered(programme("STATE", "\"COMPANY\"", null));
    String federal = Scout.registered(programme("FEDERAL", "\"MUNICIPALITY\"", null));

    Scout.get(companies).body("ruleSet.preset", equalTo("ANBEST_P"));
    Scout.get(federal)
        .body("ruleSet.preset", equalTo("ANBEST_P"))
        .body("ruleSet.payoutWindow", equalTo("P42D"));
  }

  @Test
  void keepsTheStoredPresetWhenAnUpdateNamesNone() {
    String id =
        Scout.registered(programme("STATE", "\"MUNICIPALITY\"", "{\"preset\":\"ANBEST_P\"}"));

    Scout.put(id, 0, programme("STATE", "\"MUNICIPALITY\"", null)).statusCode(200);

    Scout.get(id).body("ruleSet.preset", equalTo("ANBEST_P"));
  }

  @Test
  void offersAnbestPNrwWithTwoMonthWindowAndNoProcurementThreshold() {
    Scout.request()
        .get("/api/vocabulary")
        .then()
        .statusCode(200)
        .body("ruleSetPresets.ANBEST_P_NRW.payoutWindow", equalTo("P2M"))
        .body("ruleSetPresets.ANBEST_P_NRW.proofOfUseMonthsAfterPurpose", equalTo(6))
        .body("ruleSetPresets.ANBEST_P_NRW.procurementThresholdSupplies", nullValue())
        .body("ruleSetPresets.ANBEST_GK.proofOfUseMonths", equalTo(12));
  }
}

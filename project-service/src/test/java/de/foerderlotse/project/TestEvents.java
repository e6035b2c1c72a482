package de.foerderlotse.project;

import de.foerderlotse.infra.test.TestTopics;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Events as funding-service and municipality-service publish them, published on the real broker.
 */
public final class TestEvents {

  public static final String PROGRAMMES = "funding.programme.v1";
  public static final String MUNICIPALITIES = "municipality.municipality.v1";
  public static final String PROJECTS = "municipality.project.v1";

  private TestEvents() {}

  public static void municipality(String ags, long version, String name) {
    TestTopics.publish(
        MUNICIPALITIES,
        ags,
        "de.foerderlotse.municipality.changed.v1",
        """
        {"ags":"%s","version":%d,"name":"%s","shortName":"%s","kind":"TOWN",
         "countyAgs":"05358000","neighbours":[],"changedFields":["created"],
         "changedAt":"2026-11-25T10:00:00Z","futureField":true}
        """
            .formatted(ags, version, name, name));
  }

  public static void project(
      UUID id, long version, String ags, String title, String category, String cost) {
    TestTopics.publish(
        PROJECTS,
        id.toString(),
        "de.foerderlotse.project.changed.v1",
        """
        {"id":"%s","version":%d,"ags":"%s","title":"%s","description":"Beschreibung",
         "category":"%s","location":{"lat":50.8,"lon":6.48},"plannedStart":"2027-01-01",
         "plannedEnd":"2028-12-31","estimatedTotalCost":%s,"costItems":[],"partners":[],
         "stars":2,"status":"PLANNED","changedFields":["created"],
         "changedAt":"2026-11-25T10:00:00Z"}
        """
            .formatted(id, version, ags, title, category, cost));
  }

  /**
   * A programme with one call of one full-application stage.
   *
   * @param preset ANBEST_P (proof of use 6 months, payout window 6 weeks), ANBEST_GK (12 months, 2
   *     months) or ANBEST_G_NRW (6 months after the purpose, at the latest by the end of the 6th
   *     month after the period; 2 months)
   */
  public static void programme(
      UUID id,
      long version,
      String title,
      String area,
      UUID callId,
      String callBudget,
      LocalDate deadline,
      String preset) {
    boolean federal = "ANBEST_P".equals(preset);
    boolean nrw = "ANBEST_G_NRW".equals(preset);
    TestTopics.publish(
        PROGRAMMES,
        id.toString(),
        "de.foerderlotse.programme.changed.v1",
        """
        {"id":"%s","version":%d,"title":"%s","fundingBody":"Land NRW","status":"OPEN",
         "fundingAreas":["%s"],"applicantTypes":["MUNICIPALITY"],"eligibleRegions":["05"],
         "fundingRatePercent":80,"minGrant":10000,"maxGrant":2000000,"totalBudget":5000000,
         "ruleSet":{"preset":"%s","proofOfUseMonths":%d,"interimProofRequired":true,
           "payoutWindow":"%s","earmarkingYears":5,"earlyStart":"FORBIDDEN"%s},
         "calls":[{"id":"%s","title":"Aufruf 2027","budget":%s,
           "stages":[{"kind":"FULL_APPLICATION","label":"Vollantrag","deadline":"%s"}]}],
         "deleted":false,"changedFields":["created"],"changedAt":"2026-11-25T10:00:00Z"}
        """
            .formatted(
                id,
                version,
                title,
                area,
                preset,
                federal || nrw ? 6 : 12,
                federal ? "P6W" : "P2M",
                nrw
                    ? ",\"proofOfUseWording\":\"END_OF_NTH_FOLLOWING_MONTH\","
                        + "\"proofOfUseMonthsAfterPurpose\":6"
                    : "",
                callId,
                callBudget,
                OffsetDateTime.parse(deadline + "T23:59:00+01:00")));
  }
}

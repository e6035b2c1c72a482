package de.foerderlotse.funding.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import de.foerderlotse.funding.Scout;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every programme here carries the made-up word "Quabbel", so other tests' data cannot interfere.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgrammeSearchTest {

  private boolean registered;

  /** Once per class, but after Quarkus pointed RestAssured at the service. */
  @BeforeEach
  void registerCatalogue() {
    if (registered) {
      return;
    }
    registered = true;
    Scout.registered(
        """
        {"title":"Quabbel Radweg an der Rur","fundingBody":"Land NRW","fundingLevel":"STATE",
         "fundingAreas":["MOBILITY"],"applicantTypes":["MUNICIPALITY"],"eligibleRegions":["05358"],
         "minGrant":20000,"maxGrant":200000,"status":"OPEN",
         "calls":[{"title":"Aufruf","stages":[{"kind":"FULL_APPLICATION","deadline":"%s"}]}]}
        """
            .formatted(Scout.deadlineInDays(20)));
    Scout.registered(
        """
        {"title":"Quabbel Schulen digital","shortDescription":"Tablets und Netze für Schulen",
         "fundingBody":"Bund","fundingLevel":"FEDERAL","fundingAreas":["DIGITALISATION","EDUCATION"],
         "applicantTypes":["MUNICIPALITY","COUNTY"],"maxGrant":50000,"status":"OPEN",
         "calls":[{"title":"Aufruf","stages":[{"kind":"SKETCH","deadline":"%s"}]}]}
        """
            .formatted(Scout.deadlineInDays(90)));
    Scout.registered(
        """
        {"title":"Quabbel Gründerförderung","fundingBody":"EU EFRE","fundingLevel":"EU",
         "fundingAreas":["ECONOMY"],"applicantTypes":["COMPANY"],"eligibleRegions":["09"],
         "minGrant":500000,"status":"CLOSED"}
        """);
  }

  private static ValidatableResponse search(String query) {
    return Scout.request().get("/api/programmes?q=quabbel&" + query).then().statusCode(200);
  }

  @Test
  void findsRadwegWhenSearchingRadwegeThroughGermanStemming() {
    Scout.request()
        .queryParam("q", "Quabbel Radwege")
        .get("/api/programmes")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].title", equalTo("Quabbel Radweg an der Rur"));
  }

  @Test
  void searchesShortDescriptionAndCountsFacetsOverAllMatches() {
    search("size=1&sort=title")
        .body("total", equalTo(3))
        .body("items", hasSize(1))
        .body("items[0].title", equalTo("Quabbel Gründerförderung"))
        .body("facets.fundingArea.MOBILITY", equalTo(1))
        .body("facets.applicantType.MUNICIPALITY", equalTo(2))
        .body("facets.fundingLevel.EU", equalTo(1))
        .body("facets.status.OPEN", equalTo(2));
    Scout.request()
        .get("/api/programmes?q=Tablet")
        .then()
        .body("items.title", hasItem("Quabbel Schulen digital"));
  }

  @Test
  void filtersByAreaApplicantRegionBodyAndStatus() {
    search("fundingArea=EDUCATION,MOBILITY&sort=title")
        .body("items.title", contains("Quabbel Radweg an der Rur", "Quabbel Schulen digital"));
    search("applicantType=COUNTY").body("items.title", contains("Quabbel Schulen digital"));
    search("region=05358008&sort=title")
        .body("items.title", contains("Quabbel Radweg an der Rur", "Quabbel Schulen digital"));
    search("fundingBody=efre").body("items.title", contains("Quabbel Gründerförderung"));
    search("status=CLOSED&fundingLevel=EU").body("total", equalTo(1));
  }

  @Test
  void filtersByOpenCallDeadlineRangeAndAmountRange() {
    search("deadlineTo=" + java.time.LocalDate.now().plusDays(30))
        .body("items.title", contains("Quabbel Radweg an der Rur"));
    search("deadlineFrom=" + java.time.LocalDate.now().plusDays(60))
        .body("items.title", contains("Quabbel Schulen digital"));
    search("amountMin=300000").body("items.title", contains("Quabbel Gründerförderung"));
    search("amountMax=10000&sort=title").body("items.title", contains("Quabbel Schulen digital"));
  }

  @Test
  void sortsAndPages() {
    search("sort=-title&page=1&size=2")
        .body("page", equalTo(1))
        .body("total", equalTo(3))
        .body("items.title", contains("Quabbel Gründerförderung"));
    search("sort=nextDeadline&status=OPEN")
        .body("items.title", contains("Quabbel Radweg an der Rur", "Quabbel Schulen digital"));
  }

  @Test
  void matchesRegionsContainingOrWithinTheAskedRegion() {
    search("region=05&sort=title")
        .body("items.title", contains("Quabbel Radweg an der Rur", "Quabbel Schulen digital"));
    search("region=09162000&sort=title")
        .body("items.title", contains("Quabbel Gründerförderung", "Quabbel Schulen digital"));
  }

  @Test
  void listsPageItemsExactlyAsTheProgrammeReads() {
    Map<String, Object> listed =
        Scout.request()
            .queryParam("q", "Quabbel Tablets")
            .get("/api/programmes")
            .then()
            .statusCode(200)
            .body("total", equalTo(1))
            .extract()
            .jsonPath()
            .getMap("items[0]");
    Map<String, Object> read =
        Scout.get((String) listed.get("id")).statusCode(200).extract().jsonPath().getMap("$");
    assertThat(listed).isEqualTo(read);
  }

  @Test
  void countsTotalAndFacetsBeyondTheLastPageAndLeavesOutValuesWithoutMatches() {
    search("page=7&size=1")
        .body("total", equalTo(3))
        .body("items", hasSize(0))
        .body("facets.fundingType.GRANT", equalTo(3))
        .body("facets.fundingType", not(hasKey("LOAN")))
        .body("facets.fundingLevel.keySet()", containsInAnyOrder("EU", "FEDERAL", "STATE"))
        .body("facets.applicantType.COMPANY", equalTo(1));
  }

  @Test
  void rejectsBadParametersWith400() {
    Scout.request().get("/api/programmes?size=500").then().statusCode(400);
    Scout.request()
        .get("/api/programmes?fundingArea=MARS")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("fundingArea"));
    Scout.request().get("/api/programmes?deadlineFrom=gestern").then().statusCode(400);
    Scout.request().get("/api/programmes?sort=random").then().statusCode(400);
    Scout.request().get("/api/programmes?region=abc").then().statusCode(400);
    Scout.request()
        .queryParam("deadlineFrom", "+10000-01-01T00:00:00Z")
        .get("/api/programmes")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("deadlineFrom"));
  }
}

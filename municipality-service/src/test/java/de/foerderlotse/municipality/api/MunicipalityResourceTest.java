package de.foerderlotse.municipality.api;

import static de.foerderlotse.municipality.Fixtures.COORDINATOR;
import static de.foerderlotse.municipality.Fixtures.COUNTY;
import static de.foerderlotse.municipality.Fixtures.DUEREN;
import static de.foerderlotse.municipality.Fixtures.JUELICH;
import static de.foerderlotse.municipality.Fixtures.MERZENICH;
import static de.foerderlotse.municipality.Fixtures.SCOUT;
import static de.foerderlotse.municipality.Fixtures.VIEWER;
import static de.foerderlotse.municipality.Fixtures.municipality;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MunicipalityResourceTest {

  @Test
  void seedsTheFifteenMunicipalitiesOfTheCountyAndTheCountyItself() {
    given()
        .auth()
        .oauth2(VIEWER)
        .queryParam("county", COUNTY)
        .get("/api/municipalities")
        .then()
        .statusCode(200)
        .body("$", hasSize(16))
        .body("findAll { it.kind == 'COUNTY' }.ags", equalTo(java.util.List.of(COUNTY)))
        .body("ags", hasItems(DUEREN, JUELICH, MERZENICH));
  }

  @Test
  void showsReferenceDataAndComputedNeighboursOfAMunicipality() {
    given()
        .auth()
        .oauth2(SCOUT)
        .get("/api/municipalities/" + DUEREN)
        .then()
        .statusCode(200)
        .body("name", equalTo("Düren, Stadt"))
        .body("shortName", equalTo("Düren"))
        .body("kind", equalTo("CITY"))
        .body("countyAgs", equalTo(COUNTY))
        .body("population", equalTo(91216))
        .body("centroid.lat", equalTo(50.801678f))
        .body("neighboursGiven", equalTo(false))
        .body("neighbours", hasItem(MERZENICH))
        .body("neighbours", not(hasItem(DUEREN)));
  }

  @Test
  void addsTheCountyWithTheSumsOfItsMembers() {
    given()
        .auth()
        .oauth2(VIEWER)
        .get("/api/municipalities/" + COUNTY)
        .then()
        .statusCode(200)
        .body("name", equalTo("Kreis Düren"))
        .body("kind", equalTo("COUNTY"))
        .body("population", equalTo(264638))
        .body("neighbours", hasSize(0));
  }

  @Test
  void letsAMunicipalityMaintainItsOwnContact() {
    given()
        .auth()
        .oauth2(municipality(MERZENICH))
        .contentType(ContentType.JSON)
        .body(
            "{\"name\":\"Frau Beispiel\",\"email\":\"foerderung@merzenich.example\","
                + "\"phone\":\"02421 39 0\"}")
        .put("/api/municipalities/" + MERZENICH + "/contact")
        .then()
        .statusCode(200)
        .body("contact.email", equalTo("foerderung@merzenich.example"))
        .body("updatedBy", equalTo("kommune-" + MERZENICH));
  }

  @Test
  void refusesContactChangeWithStaleVersion() {
    long version =
        given()
            .auth()
            .oauth2(COORDINATOR)
            .get("/api/municipalities/" + JUELICH)
            .then()
            .extract()
            .jsonPath()
            .getLong("version");
    given()
        .auth()
        .oauth2(COORDINATOR)
        .header("If-Match", "\"" + (version + 5) + "\"")
        .contentType(ContentType.JSON)
        .body("{\"name\":\"Herr Beispiel\"}")
        .put("/api/municipalities/" + JUELICH + "/contact")
        .then()
        .statusCode(412)
        .contentType("application/problem+json");
  }

  @Test
  void rejectsInvalidContactWithFieldErrors() {
    given()
        .auth()
        .oauth2(COORDINATOR)
        .contentType(ContentType.JSON)
        .body("{\"email\":\"keine-adresse\",\"phone\":\"abc\"}")
        .put("/api/municipalities/" + JUELICH + "/contact")
        .then()
        .statusCode(400)
        .body("errors.field", hasItems("email", "phone"));
  }

  @Test
  void rejectsMalformedAgsWith400AndUnknownAgsWith404() {
    given()
        .auth()
        .oauth2(VIEWER)
        .get("/api/municipalities/5358008")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].message", equalTo("muss aus 8 Ziffern bestehen"));
    given()
        .auth()
        .oauth2(VIEWER)
        .get("/api/municipalities/09999999")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("detail", equalTo("Die Kommune 09999999 gibt es nicht."));
  }
}

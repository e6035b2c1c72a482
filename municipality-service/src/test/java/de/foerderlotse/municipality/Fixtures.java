package de.foerderlotse.municipality;

import static io.restassured.RestAssured.given;

import de.foerderlotse.infra.test.TestTokens;
import io.restassured.http.ContentType;
import java.util.UUID;

/** Tokens and ready-made requests the component tests share. */
public final class Fixtures {

  public static final String DUEREN = "05358008";
  public static final String JUELICH = "05358024";
  public static final String KREUZAU = "05358028";
  public static final String MERZENICH = "05358040";
  public static final String COUNTY = "05358000";

  public static final String COORDINATOR = TestTokens.of("kora", "coordinator");
  public static final String VIEWER = TestTokens.of("vera", "viewer");
  public static final String SCOUT = TestTokens.of("sina", "scout");

  private Fixtures() {}

  public static String municipality(String ags) {
    return TestTokens.municipality("kommune-" + ags, ags);
  }

  /** A word no other test uses, to find exactly the projects of one test. */
  public static String uniqueWord() {
    return "wort" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  /** A minimal valid project body. */
  public static String projectBody(String ags, String title) {
    return projectBody(ags, title, "CLIMATE_PROTECTION", 0, "[]");
  }

  public static String projectBody(
      String ags, String title, String category, int stars, String partners) {
    return """
        {%s"title":"%s","description":"Beschreibung von %s","category":"%s",
         "plannedStart":"2027-01-01","plannedEnd":"2028-12-31","estimatedTotalCost":250000.00,
         "costItems":[{"label":"Planung","amount":20000,"costCategory":"PLANNING"}],
         "partners":%s,"stars":%d}
        """
        .formatted(
            ags == null ? "" : "\"ags\":\"" + ags + "\",", title, title, category, partners, stars);
  }

  /** Registers a project as the given user and returns its id. */
  public static String registerProject(String token, String body) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/projects")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }
}

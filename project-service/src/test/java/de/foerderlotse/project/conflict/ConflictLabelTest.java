package de.foerderlotse.project.conflict;

import static de.foerderlotse.project.conflict.ConflictFixtures.awaitConflicts;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;

import de.foerderlotse.infra.test.TestTokens;
import de.foerderlotse.project.Fixtures;
import de.foerderlotse.project.TestEvents;
import de.foerderlotse.project.conflict.ConflictFixtures.Project;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Coordinators' decisions on conflicts become labelled pairs, exported as pairs.jsonl lines. */
@QuarkusTest
class ConflictLabelTest {

  private static final String PDORF = "05999601";
  private static final String QDORF = "05999602";

  @Test
  void exportsCoordinatorDecisionsWithTheProjectsAsTheyWereThen() {
    TestEvents.municipality(PDORF, 1, "Pdorf");
    TestEvents.municipality(QDORF, 1, "Qdorf");
    Project pdorf =
        Project.of(
                PDORF,
                "Wasserstofftankstelle Pdorf",
                "Öffentliche Wasserstofftankstelle für Busse und Nutzfahrzeuge.",
                "MOBILITY")
            .at(48.5, 11.0);
    Project qdorf =
        Project.of(
                QDORF,
                "Errichtung einer H2-Tankstelle in Qdorf",
                "Eine H2-Tankstelle für den Linienbusverkehr und Lieferfahrzeuge.",
                "MOBILITY")
            .at(48.55, 10.97);
    ConflictFixtures.publish(pdorf, 1);
    ConflictFixtures.publish(qdorf, 1);
    Object id = awaitConflicts(PDORF, "REDUNDANT", 1).get(0).get("id");

    // A municipality's acknowledgement is no label; the coordinator's dismissal is one.
    act(TestTokens.municipality("paula", PDORF), id, "acknowledge", Map.of()).statusCode(200);
    act(Fixtures.COORDINATOR, id, "dismiss", Map.of("reason", "Verschiedene Zielgruppen"))
        .statusCode(200);
    // Later the project is changed materially and the conflict reopens; the label stays as it was.
    Project changed =
        qdorf
            .titled(
                qdorf.title(),
                "Eine H2-Tankstelle mit Elektrolyseur für den Linienbusverkehr und Lieferfahrzeuge.")
            .withCost("820000");
    ConflictFixtures.publish(changed, 2);
    assertThat(ConflictFixtures.conflict(Fixtures.COORDINATOR, id).getString("status"))
        .isEqualTo("OPEN");
    act(Fixtures.COORDINATOR, id, "acknowledge", Map.of("comment", "Gleiches Einzugsgebiet"))
        .statusCode(200);

    Response export = given().auth().oauth2(Fixtures.COORDINATOR).get("/api/conflicts/labels");
    assertThat(export.statusCode()).isEqualTo(200);
    assertThat(export.contentType()).startsWith("application/x-ndjson");
    List<JsonPath> lines =
        Arrays.stream(export.asString().split("\n"))
            .filter(l -> !l.isBlank())
            .map(JsonPath::from)
            .filter(l -> List.of(PDORF, QDORF).contains(l.getString("a.ags")))
            .toList();
    assertThat(lines).hasSize(2);

    JsonPath dismissed = lines.get(0);
    assertThat(dismissed.getMap("$"))
        .containsOnlyKeys("id", "expected", "hard", "why", "a", "b", "source");
    assertThat(dismissed.getString("expected")).isEqualTo("NONE");
    assertThat(dismissed.getBoolean("hard")).isFalse();
    assertThat(dismissed.getString("why")).isEqualTo("Verschiedene Zielgruppen");
    assertThat(dismissed.getString("source")).isEqualTo("feedback");
    String q = side(dismissed, QDORF) + ".";
    assertThat(dismissed.getMap(side(dismissed, QDORF)))
        .containsOnlyKeys(
            "ags",
            "title",
            "description",
            "category",
            "lat",
            "lon",
            "plannedStart",
            "plannedEnd",
            "totalCost",
            "costItems",
            "programme",
            "call",
            "applicationStatus");
    assertThat(dismissed.getString(q + "title")).isEqualTo(qdorf.title());
    assertThat(dismissed.getString(q + "description")).isEqualTo(qdorf.description());
    assertThat(dismissed.getString(q + "category")).isEqualTo("MOBILITY");
    assertThat(dismissed.getDouble(q + "lat")).isCloseTo(48.55, within(1e-4));
    assertThat(dismissed.getDouble(q + "lon")).isCloseTo(10.97, within(1e-4));
    assertThat(dismissed.getString(q + "plannedStart")).isEqualTo("2027-01-01");
    assertThat(dismissed.getString(q + "plannedEnd")).isEqualTo("2028-12-31");
    assertThat(dismissed.getDouble(q + "totalCost")).isEqualTo(500000.0);
    assertThat(dismissed.getString(q + "costItems[0].label")).isEqualTo("Bau");
    assertThat(dismissed.getString(q + "costItems[0].costCategory")).isEqualTo("CONSTRUCTION");
    assertThat(dismissed.getString(q + "programme")).isNull();
    assertThat(dismissed.getString(q + "call")).isNull();
    assertThat(dismissed.getString(q + "applicationStatus")).isNull();
    assertThat(dismissed.getString(side(dismissed, PDORF) + ".title")).isEqualTo(pdorf.title());

    JsonPath confirmed = lines.get(1);
    assertThat(confirmed.getString("expected")).isEqualTo("REDUNDANT");
    assertThat(confirmed.getString("why")).isEqualTo("Gleiches Einzugsgebiet");
    String confirmedQ = side(confirmed, QDORF) + ".";
    assertThat(confirmed.getString(confirmedQ + "description")).isEqualTo(changed.description());
    assertThat(confirmed.getDouble(confirmedQ + "totalCost")).isEqualTo(820000.0);
  }

  @Test
  void documentsTheLabelsExportInTheOpenApiDocument() {
    given()
        .get("/q/openapi?format=json")
        .then()
        .statusCode(200)
        .body("paths.'/api/conflicts/labels'.get.operationId", equalTo("exportConflictLabels"))
        .body("paths.'/api/conflicts/labels'.get.tags", hasItem("conflicts"))
        .body(
            "paths.'/api/conflicts/labels'.get.responses.'200'.content",
            hasKey("application/x-ndjson"));
  }

  @Test
  void refusesTheLabelsExportToMunicipalitiesAndViewers() {
    for (String token :
        List.of(TestTokens.municipality("paula", PDORF), TestTokens.of("vera", "viewer"))) {
      given().auth().oauth2(token).get("/api/conflicts/labels").then().statusCode(403);
    }
  }

  /** Which project of the line, {@code a} or {@code b}, is the municipality's. */
  private static String side(JsonPath line, String ags) {
    return ags.equals(line.getString("a.ags")) ? "a" : "b";
  }

  private static io.restassured.response.ValidatableResponse act(
      String token, Object id, String action, Map<String, Object> body) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/conflicts/" + id + "/" + action)
        .then();
  }
}

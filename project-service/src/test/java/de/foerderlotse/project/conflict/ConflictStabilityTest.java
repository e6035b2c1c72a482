package de.foerderlotse.project.conflict;

import static de.foerderlotse.project.conflict.ConflictFixtures.alertsSeenBy;
import static de.foerderlotse.project.conflict.ConflictFixtures.awaitConflicts;
import static de.foerderlotse.project.conflict.ConflictFixtures.conflicts;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.foerderlotse.infra.test.TestTokens;
import de.foerderlotse.infra.test.TestTopics;
import de.foerderlotse.project.Fixtures;
import de.foerderlotse.project.TestEvents;
import de.foerderlotse.project.conflict.ConflictFixtures.Project;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** No flicker: one conflict per pair, one alert per real change, each side sees only its own. */
@QuarkusTest
class ConflictStabilityTest {

  @Test
  void relabelsRedundantConflictAsCompetingInPlaceWhenBothApplyToOneCall() {
    String jdorfAgs = "05999501";
    String kdorfAgs = "05999502";
    Project[] pair = hydrogenStations(jdorfAgs, "Jdorf", kdorfAgs, "Kdorf", 52.0, 8.0);
    Object id = awaitConflicts(jdorfAgs, "REDUNDANT", 1).get(0).get("id");
    Fixtures.Programme programme =
        Fixtures.programme("MOBILITY", "5000000", LocalDate.now().plusMonths(3), "ANBEST_P");

    ConflictFixtures.apply(pair[0], programme);
    ConflictFixtures.apply(pair[1], programme);

    List<Map<String, Object>> competing = awaitConflicts(jdorfAgs, "COMPETING", 1);
    assertThat(competing.get(0).get("id")).isEqualTo(id);
    assertThat(conflicts(jdorfAgs, "REDUNDANT")).isEmpty();
    JsonPath conflict = ConflictFixtures.conflict(Fixtures.COORDINATOR, id);
    assertThat(conflict.getString("status")).isEqualTo("OPEN");
    // Never resolved or raised again in between; the first application alone may be an UPDATED.
    assertThat(conflict.getList("history.action", String.class))
        .startsWith("DETECTED")
        .endsWith("KIND_CHANGED")
        .doesNotContain("RESOLVED", "REOPENED")
        .containsOnlyOnce("KIND_CHANGED");
    String relabel = "history.find { it.action == 'KIND_CHANGED' }.";
    assertThat(conflict.getString(relabel + "previousKind")).isEqualTo("REDUNDANT");
    assertThat(conflict.getString(relabel + "kind")).isEqualTo("COMPETING");
    assertThat(conflict.getString(relabel + "comment"))
        .contains("Mögliche Doppelplanung", "Konkurrierende Anträge");
    TestTopics.awaitRecord(
        "project.conflict.v1",
        r ->
            r.key().equals(id.toString())
                && "KIND_CHANGED".equals(JsonPath.from(r.value()).getString("change"))
                && "COMPETING".equals(JsonPath.from(r.value()).getString("kind")));

    // One alert per addressee for the pair, never a "resolved" in between.
    String jdorf = TestTokens.municipality("jana", jdorfAgs);
    String kdorf = TestTokens.municipality("karl", kdorfAgs);
    assertThat(alertsSeenBy(jdorf, "CONFLICT_DETECTED", id)).hasSize(1);
    assertThat(alertsSeenBy(kdorf, "CONFLICT_DETECTED", id)).hasSize(1);
    // The county-wide list shows the county's copy only, not the two municipalities' copies.
    assertThat(alertsSeenBy(Fixtures.COORDINATOR, "CONFLICT_DETECTED", id))
        .singleElement()
        .satisfies(a -> assertThat(a.getBoolean("addressees.county")).isTrue());
    assertThat(alertsSeenBy(Fixtures.COORDINATOR, "CONFLICT_RESOLVED", id)).isEmpty();
  }

  @Test
  void keepsConflictOpenWithoutAlertsWhenAnEditBrieflyDropsTheFinding() {
    String ldorfAgs = "05999503";
    Project[] pair = hydrogenStations(ldorfAgs, "Ldorf", "05999504", "Mdorf", 53.0, 9.0);
    Object id = awaitConflicts(ldorfAgs, "REDUNDANT", 1).get(0).get("id");

    // A slip in the title drops the finding; the next version restores it.
    ConflictFixtures.publish(
        pair[1].titled("Sanierung der Friedhofsmauer", "Die Mauer wird neu verfugt."), 2);
    ConflictFixtures.publish(pair[1], 3);

    JsonPath conflict = ConflictFixtures.conflict(Fixtures.COORDINATOR, id);
    assertThat(conflict.getString("status")).isEqualTo("OPEN");
    assertThat(conflict.getList("history.action", String.class)).doesNotContain("RESOLVED");
    assertThat(alertsSeenBy(Fixtures.COORDINATOR, "CONFLICT_RESOLVED", id)).isEmpty();
    assertThat(alertsSeenBy(TestTokens.municipality("lena", ldorfAgs), "CONFLICT_DETECTED", id))
        .hasSize(1);
  }

  @Test
  void tellsEachMunicipalityOnlyItsOwnProjectInConflictAlerts() {
    String ndorfAgs = "05999505";
    String odorfAgs = "05999506";
    Project[] pair = hydrogenStations(ndorfAgs, "Ndorf", odorfAgs, "Odorf", 54.0, 10.0);
    Object id = awaitConflicts(ndorfAgs, "REDUNDANT", 1).get(0).get("id");
    given()
        .auth()
        .oauth2(Fixtures.COORDINATOR)
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "Verschiedene Zielgruppen"))
        .post("/api/conflicts/" + id + "/dismiss")
        .then()
        .statusCode(200);

    String ndorf = TestTokens.municipality("nina", ndorfAgs);
    String odorf = TestTokens.municipality("otto", odorfAgs);
    for (String type : List.of("CONFLICT_DETECTED", "CONFLICT_RESOLVED")) {
      assertThat(subjectIds(alertsSeenBy(ndorf, type, id)))
          .containsExactlyInAnyOrder(id.toString(), pair[0].id().toString());
      assertThat(subjectIds(alertsSeenBy(odorf, type, id)))
          .containsExactlyInAnyOrder(id.toString(), pair[1].id().toString());
    }
    List<JsonPath> county = alertsSeenBy(Fixtures.COORDINATOR, "CONFLICT_DETECTED", id);
    assertThat(county)
        .filteredOn(a -> Boolean.TRUE.equals(a.getBoolean("addressees.county")))
        .singleElement()
        .satisfies(
            a ->
                assertThat(a.getList("subjects.id", String.class))
                    .contains(pair[0].id().toString(), pair[1].id().toString()));
  }

  /**
   * Two public hydrogen filling stations of two municipalities about 6 km apart in the same years
   * (a facility with a catchment area: REDUNDANT), far from every other test's projects.
   */
  private static Project[] hydrogenStations(
      String agsA, String nameA, String agsB, String nameB, double lat, double lon) {
    TestEvents.municipality(agsA, 1, nameA);
    TestEvents.municipality(agsB, 1, nameB);
    Project a =
        Project.of(
                agsA,
                "Wasserstofftankstelle " + nameA,
                "Öffentliche Wasserstofftankstelle für Busse und Nutzfahrzeuge.",
                "MOBILITY")
            .at(lat, lon);
    Project b =
        Project.of(
                agsB,
                "Errichtung einer H2-Tankstelle in " + nameB,
                "Eine H2-Tankstelle für den Linienbusverkehr und Lieferfahrzeuge.",
                "MOBILITY")
            .at(lat + 0.05, lon - 0.03);
    ConflictFixtures.publish(a, 1);
    ConflictFixtures.publish(b, 1);
    return new Project[] {a, b};
  }

  private static List<String> subjectIds(List<JsonPath> alerts) {
    assertThat(alerts).isNotEmpty();
    return alerts.stream()
        .flatMap(a -> a.getList("subjects.id", String.class).stream())
        .distinct()
        .toList();
  }
}

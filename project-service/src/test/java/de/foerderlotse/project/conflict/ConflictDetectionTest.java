package de.foerderlotse.project.conflict;

import static de.foerderlotse.project.conflict.ConflictFixtures.alerts;
import static de.foerderlotse.project.conflict.ConflictFixtures.awaitConflicts;
import static de.foerderlotse.project.conflict.ConflictFixtures.conflicts;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

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

/** Each kind of conflict detected through real events, with its explanation, alerts and event. */
@QuarkusTest
class ConflictDetectionTest {

  @Test
  void raisesCompetingConflictForSimilarProjectsInSameCall() {
    TestEvents.municipality("05999101", 1, "Adorf");
    TestEvents.municipality("05999102", 1, "Bdorf");
    Fixtures.Programme programme =
        Fixtures.programme("MOBILITY", "5000000", LocalDate.now().plusMonths(3), "ANBEST_P");
    Project adorf =
        Project.of(
            "05999101",
            "Lückenschluss im Radweg Wehebachtal zwischen Adorf und Bdorf",
            "Der Radweg Wehebachtal wird zwischen Adorf und der Kreisgrenze ausgebaut.",
            "MOBILITY");
    Project bdorf =
        Project.of(
                "05999102",
                "Ausbau des Radwegs Wehebachtal",
                "Zweiter Abschnitt des Radwegs Wehebachtal bis zur Gemeindegrenze.",
                "MOBILITY")
            .at(51.20, 7.00);
    ConflictFixtures.publish(adorf, 1);
    ConflictFixtures.publish(bdorf, 1);
    assertThat(conflicts("05999101", "REDUNDANT")).isEmpty();

    String first = ConflictFixtures.apply(adorf, programme);
    String second = ConflictFixtures.apply(bdorf, programme);

    Map<String, Object> item = awaitConflicts("05999101", "COMPETING", 1).get(0);
    JsonPath conflict = ConflictFixtures.conflict(Fixtures.COORDINATOR, item.get("id"));
    assertThat(conflict.getString("status")).isEqualTo("OPEN");
    assertThat(conflict.getDouble("score")).isBetween(0.3, 1.0);
    assertThat(conflict.getDouble("explanation.textScore")).isBetween(0.15, 1.0);
    assertThat(conflict.getList("explanation.sharedTerms", String.class)).contains("wehebachtal");
    assertThat(conflict.getBoolean("explanation.sameProgramme")).isTrue();
    assertThat(conflict.getBoolean("explanation.sameCall")).isTrue();
    assertThat(conflict.getDouble("explanation.distanceKm")).isGreaterThan(25);
    assertThat(conflict.getInt("explanation.timeOverlapDays")).isEqualTo(731);
    assertThat(conflict.getString("explanation.summary")).contains("selben Förderaufruf");
    assertThat(conflict.getList("sides.applicationId", String.class))
        .containsExactlyInAnyOrder(first, second);
    assertThat(conflict.getList("sides.municipalityName", String.class))
        .containsExactlyInAnyOrder("Adorf", "Bdorf");
    assertThat(conflict.getList("sides.programmeId", String.class))
        .containsOnly(programme.id().toString());
    assertThat(conflict.getList("history.action", String.class)).containsExactly("DETECTED");

    var event =
        TestTopics.awaitRecord(
            "project.conflict.v1", r -> r.key().equals(item.get("id").toString()));
    assertThat(TestTopics.header(event, "ce_type"))
        .isEqualTo("de.foerderlotse.conflict.changed.v1");
    assertThat(event.value()).contains("COMPETING", "DETECTED", first, second);
    var alerts =
        TestTopics.awaitRecords(
            "project.alert.v1",
            r ->
                r.value().contains("CONFLICT_DETECTED")
                    && r.value().contains(item.get("id").toString()),
            3);
    assertThat(alerts)
        .extracting(r -> JsonPath.from(r.value()).getList("addressees.municipalities"))
        .containsExactlyInAnyOrder(List.of("05999101"), List.of("05999102"), List.of());
    assertThat(alerts)
        .extracting(r -> JsonPath.from(r.value()).getBoolean("addressees.county"))
        .containsExactlyInAnyOrder(false, false, true);

    given()
        .auth()
        .oauth2(Fixtures.COORDINATOR)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "resolution", "JOINT_APPLICATION", "reason", "Gemeinsamer Antrag beider Kommunen"))
        .post("/api/conflicts/" + item.get("id") + "/resolve")
        .then()
        .statusCode(200)
        .body("status", equalTo("RESOLVED"))
        .body("resolution", equalTo("JOINT_APPLICATION"))
        .body("history[1].action", equalTo("RESOLVED"))
        .body("history[1].by", equalTo("kai"));
    assertThat(alerts("CONFLICT_RESOLVED", item.get("id"))).isEqualTo(1);
  }

  @Test
  void raisesRedundantConflictForSimilarFacilitiesNearbyButNotFarAway() {
    TestEvents.municipality("05999201", 1, "Cdorf");
    TestEvents.municipality("05999202", 1, "Ddorf");
    TestEvents.municipality("05999203", 1, "Edorf");
    Project cdorf =
        Project.of(
            "05999201",
            "Neubau eines Lehrschwimmbeckens in Cdorf",
            "Lehrschwimmbecken für Schulschwimmen und Vereine.",
            "SPORT");
    Project ddorf =
        Project.of(
                "05999202",
                "Hallenbad für Schul- und Vereinsschwimmen",
                "Ein kleines Hallenbad sichert den Schwimmunterricht der Grundschulen.",
                "SPORT")
            .at(50.88, 6.55);
    Project edorf =
        Project.of(
                "05999203",
                "Kleinschwimmbad Edorf",
                "Ein Kleinschwimmbad für den Schwimmunterricht.",
                "SPORT")
            .at(51.40, 7.50);
    ConflictFixtures.publish(cdorf, 1);
    ConflictFixtures.publish(ddorf, 1);
    ConflictFixtures.publish(edorf, 1);

    Map<String, Object> item = awaitConflicts("05999201", "REDUNDANT", 1).get(0);
    JsonPath conflict = ConflictFixtures.conflict(Fixtures.COORDINATOR, item.get("id"));
    assertThat(conflict.getList("sides.projectId", String.class))
        .containsExactlyInAnyOrder(cdorf.id().toString(), ddorf.id().toString());
    assertThat(conflict.getDouble("explanation.distanceKm")).isBetween(9.0, 12.0);
    assertThat(conflict.getInt("explanation.timeOverlapDays")).isEqualTo(731);
    assertThat(conflict.getBoolean("explanation.sameProgramme")).isFalse();
    assertThat(conflict.getList("explanation.sharedTerms", String.class)).contains("schwimmbad");
    assertThat(conflict.getList("sides.applicationId")).containsOnlyNulls();
    assertThat(conflicts("05999203", "REDUNDANT")).isEmpty();
    assertThat(alerts("CONFLICT_DETECTED", item.get("id"))).isEqualTo(1);
  }

  @Test
  void raisesDoubleFundingForOneProjectInTwoProgrammesNotForAnotherSiteOfTheSameKind() {
    TestEvents.municipality("05999301", 1, "Fdorf");
    LocalDate deadline = LocalDate.now().plusMonths(3);
    Fixtures.Programme first =
        Fixtures.programme("CHILDCARE_YOUTH", "5000000", deadline, "ANBEST_P");
    Fixtures.Programme second =
        Fixtures.programme("CHILDCARE_YOUTH", "5000000", deadline, "ANBEST_GK");
    Project kita =
        Project.of(
            "05999301",
            "Neubau KiTa Am Weiher",
            "Neubau einer viergruppigen Kindertagesstätte.",
            "CHILDCARE_YOUTH");
    Project other =
        Project.of(
                "05999301",
                "Neubau Kindertagesstätte Oberdorf",
                "Neubau einer Kita mit zwei Gruppen im Oberdorf.",
                "CHILDCARE_YOUTH")
            .at(50.815, 6.48)
            .withCost("900000");
    ConflictFixtures.publish(kita, 1);
    ConflictFixtures.publish(other, 1);
    String a = ConflictFixtures.apply(kita, first);
    String b = ConflictFixtures.apply(kita, second);
    ConflictFixtures.apply(other, second);

    Map<String, Object> item = awaitConflicts("05999301", "DOUBLE_FUNDING", 1).get(0);
    JsonPath conflict = ConflictFixtures.conflict(Fixtures.COORDINATOR, item.get("id"));
    assertThat(conflict.getList("sides.projectId", String.class))
        .containsOnly(kita.id().toString());
    assertThat(conflict.getList("sides.applicationId", String.class))
        .containsExactlyInAnyOrder(a, b);
    assertThat(conflict.getList("sides.programmeId", String.class))
        .containsExactlyInAnyOrder(first.id().toString(), second.id().toString());
    assertThat(conflict.getString("explanation.summary")).contains("Doppelförderung");
    List<Map<String, Object>> all = conflicts("05999301", "DOUBLE_FUNDING");
    assertThat(all).hasSize(1);

    // Withdrawing one of the two applications ends the double funding.
    Fixtures.act(Fixtures.COORDINATOR, b, "withdraw", Map.of());
    JsonPath after = ConflictFixtures.conflict(Fixtures.COORDINATOR, item.get("id"));
    assertThat(after.getString("status")).isEqualTo("RESOLVED");
    assertThat(after.getString("resolution")).isEqualTo("WITHDRAWN");
  }
}

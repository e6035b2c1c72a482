package de.foerderlotse.project.conflict;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.foerderlotse.infra.test.TestTopics;
import de.foerderlotse.project.Fixtures;
import de.foerderlotse.project.TestEvents;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;

/** Projects with texts, sites and cost items as municipality-service publishes them. */
final class ConflictFixtures {

  private ConflictFixtures() {}

  /** A project as it will be published; {@code with…} give variations. */
  record Project(
      UUID id,
      String ags,
      String title,
      String description,
      String category,
      double lat,
      double lon,
      String start,
      String end,
      String cost,
      String status) {

    static Project of(String ags, String title, String description, String category) {
      return new Project(
          UUID.randomUUID(),
          ags,
          title,
          description,
          category,
          50.80,
          6.48,
          "2027-01-01",
          "2028-12-31",
          "500000",
          "PLANNED");
    }

    Project at(double lat, double lon) {
      return new Project(id, ags, title, description, category, lat, lon, start, end, cost, status);
    }

    Project withCost(String cost) {
      return new Project(id, ags, title, description, category, lat, lon, start, end, cost, status);
    }

    Project titled(String title, String description) {
      return new Project(id, ags, title, description, category, lat, lon, start, end, cost, status);
    }

    String json(long version) {
      return """
          {"id":"%s","version":%d,"ags":"%s","title":"%s","description":"%s",
           "category":"%s","location":{"lat":%s,"lon":%s},"plannedStart":"%s",
           "plannedEnd":"%s","estimatedTotalCost":%s,
           "costItems":[{"label":"Bau","amount":%s,"costCategory":"CONSTRUCTION"}],
           "partners":[],"stars":2,"status":"%s","changedFields":["created"],
           "changedAt":"2026-11-25T10:00:00Z"}
          """
          .formatted(
              id,
              version,
              ags,
              title,
              description,
              category,
              lat,
              lon,
              start,
              end,
              cost,
              cost,
              status);
    }
  }

  /** Publishes version {@code version} with a fresh CloudEvents id and waits for the read model. */
  static void publish(Project project, long version) {
    publish(project, version, UUID.randomUUID().toString());
  }

  static void publish(Project project, long version, String eventId) {
    TestTopics.publish(
        TestEvents.PROJECTS,
        project.id().toString(),
        eventId,
        "de.foerderlotse.project.changed.v1",
        project.json(version));
    Fixtures.awaitReadModel("/api/read-models/projects/" + project.id(), "version", (int) version);
  }

  /** Applies the project to the programme's call as the coordinator; returns the application id. */
  static String apply(Project project, Fixtures.Programme programme) {
    return Fixtures.createApplication(
        Fixtures.COORDINATOR, Fixtures.applicationBody(project.id(), programme, "200000"));
  }

  /** The conflicts the coordinator sees for a municipality and kind. */
  static List<Map<String, Object>> conflicts(String ags, String kind) {
    return given()
        .auth()
        .oauth2(Fixtures.COORDINATOR)
        .get("/api/conflicts?municipality=" + ags + "&kind=" + kind)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items");
  }

  /** Waits until exactly {@code count} conflicts of the kind involve the municipality. */
  static List<Map<String, Object>> awaitConflicts(String ags, String kind, int count) {
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> assertThat(conflicts(ags, kind)).hasSize(count));
    return conflicts(ags, kind);
  }

  static JsonPath conflict(String token, Object id) {
    return given()
        .auth()
        .oauth2(token)
        .get("/api/conflicts/" + id)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** Alerts of a type about a conflict addressed to the county (one per change). */
  static int alerts(String type, Object conflictId) {
    return (int)
        alertsSeenBy(Fixtures.COORDINATOR, type, conflictId).stream()
            .filter(a -> Boolean.TRUE.equals(a.getBoolean("addressees.county")))
            .count();
  }

  /** Alerts of a type about a conflict as {@code token} sees them, one JSON document each. */
  static List<JsonPath> alertsSeenBy(String token, String type, Object conflictId) {
    JsonPath page =
        given()
            .auth()
            .oauth2(token)
            .get("/api/alerts?size=100&type=" + type + "&subjectId=" + conflictId)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    int count = page.getList("items").size();
    List<JsonPath> alerts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      alerts.add(JsonPath.from(page.prettify()).setRootPath("items[" + i + "]"));
    }
    return alerts;
  }
}

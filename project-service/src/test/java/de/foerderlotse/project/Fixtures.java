package de.foerderlotse.project;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import de.foerderlotse.infra.test.TestTokens;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;

/** Sets up programmes, projects and applications through the real broker and the API. */
public final class Fixtures {

  public static final String COORDINATOR = TestTokens.of("kai", "coordinator");

  private Fixtures() {}

  /** A programme with one call, applied to the read model. */
  public record Programme(UUID id, UUID callId) {}

  public static Programme programme(
      String area, String callBudget, LocalDate deadline, String preset) {
    Programme p = new Programme(UUID.randomUUID(), UUID.randomUUID());
    TestEvents.programme(
        p.id(), 1, "Programm " + area, area, p.callId(), callBudget, deadline, preset);
    awaitReadModel("/api/read-models/programmes/" + p.id(), "version", 1);
    return p;
  }

  /** A project of {@code ags}, applied to the read model. */
  public static UUID project(String ags, String title, String area, String cost) {
    UUID id = UUID.randomUUID();
    TestEvents.project(id, 1, ags, title, area, cost);
    awaitReadModel("/api/read-models/projects/" + id, "version", 1);
    return id;
  }

  public static void awaitReadModel(String path, String field, Object value) {
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(COORDINATOR)
                    .get(path)
                    .then()
                    .statusCode(200)
                    .body(field, equalTo(value)));
  }

  /** The body of a new application with plausible figures. */
  public static Map<String, Object> applicationBody(
      UUID project, Programme programme, String requested) {
    return Map.of(
        "projectId",
        project,
        "programmeId",
        programme.id(),
        "callId",
        programme.callId(),
        "stageIndex",
        0,
        "requestedAmount",
        requested,
        "eligibleCost",
        "500000.00",
        "ownContribution",
        "50000.00",
        "plannedStart",
        "2027-01-01",
        "plannedEnd",
        "2028-06-30");
  }

  /** Creates an application as {@code token}; returns its id. */
  public static String createApplication(String token, Map<String, Object> body) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/applications")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** Performs a status action with the current version; returns the new version. */
  public static int act(String token, String id, String action, Map<String, Object> body) {
    int version =
        given()
            .auth()
            .oauth2(token)
            .get("/api/applications/" + id)
            .then()
            .extract()
            .path("version");
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .header("If-Match", "\"" + version + "\"")
        .body(body)
        .post("/api/applications/" + id + "/" + action)
        .then()
        .statusCode(200)
        .extract()
        .path("version");
  }

  /** Submits and approves an application with the given approval period. */
  public static void approve(String token, String id, LocalDate start, LocalDate end) {
    act(token, id, "submit", Map.of());
    act(
        token,
        id,
        "approve",
        Map.of(
            "grantNoticeDate", start.toString(),
            "approvedAmount", "300000.00",
            "approvalStart", start.toString(),
            "approvalEnd", end.toString()));
  }
}

package de.foerderlotse.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Demo data that shows the county's main worry: two municipalities (Düren and Jülich) prepare
 * nearly the same project, a public hydrogen filling station (a facility with a catchment area that
 * overlaps between the two towns), for the same call of the same programme, so conflict detection
 * raises a COMPETING conflict. Everything goes through the gateway with the demo logins, as users
 * would do it; running it again changes nothing.
 */
public final class DemoScenario {

  /** The call both applications compete for. */
  public static final String PROGRAMME_REFERENCE = "DEMO-H2-2027";

  public static final String PROGRAMME_TITLE =
      "Förderrichtlinie Wasserstoffmobilität – Aufruf H2-Tankstellen im Rheinischen Revier";

  /** The two competing projects: municipality login, AGS, title. */
  public static final String DUEREN_LOGIN = "kommune-dueren";

  public static final String DUEREN_AGS = "05358008";
  public static final String DUEREN_PROJECT = "Wasserstofftankstelle für Busse und Lkw in Düren";
  public static final String JUELICH_LOGIN = "kommune-juelich";
  public static final String JUELICH_AGS = "05358024";
  public static final String JUELICH_PROJECT = "Wasserstofftankstelle für Busse und Lkw in Jülich";

  /** What was created or found: the programme, its call and the two applications. */
  public record Loaded(
      String programmeId, String callId, String duerenApplication, String juelichApplication) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration READ_MODEL_WAIT = Duration.ofSeconds(90);

  private final String gateway;
  private final KeycloakServer keycloak;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public DemoScenario(String gatewayUrl, KeycloakServer keycloak) {
    this.gateway = gatewayUrl;
    this.keycloak = keycloak;
  }

  /** Creates what is missing and waits until project-service has accepted both applications. */
  public Loaded load() throws IOException, InterruptedException {
    String scout = token("scout");
    JsonNode programme = programme(scout);
    String programmeId = programme.path("id").asText();
    String callId = programme.path("calls").path(0).path("id").asText();
    String dueren = application(DUEREN_LOGIN, DUEREN_PROJECT, programmeId, callId, "Düren");
    String juelich = application(JUELICH_LOGIN, JUELICH_PROJECT, programmeId, callId, "Jülich");
    return new Loaded(programmeId, callId, dueren, juelich);
  }

  private JsonNode programme(String scout) throws IOException, InterruptedException {
    Optional<JsonNode> known =
        first(get(scout, "/api/programmes?externalReference=" + PROGRAMME_REFERENCE));
    if (known.isPresent()) {
      return known.get();
    }
    OffsetDateTime deadline =
        LocalDate.now(ZoneId.of("Europe/Berlin"))
            .plusDays(120)
            .atTime(23, 59)
            .atZone(ZoneId.of("Europe/Berlin"))
            .toOffsetDateTime();
    Map<String, Object> stage = new LinkedHashMap<>();
    stage.put("kind", "FULL_APPLICATION");
    stage.put("label", "Vollantrag");
    stage.put("deadline", deadline.toString());
    Map<String, Object> call = new LinkedHashMap<>();
    call.put("title", "Aufruf Wasserstofftankstellen 2027");
    call.put("budget", 1_000_000);
    call.put("stages", java.util.List.of(stage));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("externalReference", PROGRAMME_REFERENCE);
    body.put("title", PROGRAMME_TITLE);
    body.put(
        "shortDescription",
        "Öffentliche Wasserstofftankstellen für Busse, Nutzfahrzeuge und Lkw in den Kommunen des Reviers.");
    body.put("fundingBody", "Land Nordrhein-Westfalen");
    body.put("fundingAreas", java.util.List.of("MOBILITY"));
    body.put("fundingRatePercent", 80);
    body.put("totalBudget", 1_000_000);
    body.put("status", "OPEN");
    body.put("ruleSet", Map.of("preset", "ANBEST_P"));
    body.put("calls", java.util.List.of(call));
    HttpResponse<String> created = send(scout, "POST", "/api/programmes", body);
    require(created, 201, "Demo-Programm");
    return JSON.readTree(created.body());
  }

  private String application(
      String login, String title, String programmeId, String callId, String town)
      throws IOException, InterruptedException {
    String token = token(login);
    String projectId = project(token, title, town);
    Optional<JsonNode> known =
        first(get(token, "/api/applications?projectId=" + projectId + "&callId=" + callId));
    if (known.isPresent()) {
      return known.get().path("id").asText();
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("projectId", projectId);
    body.put("programmeId", programmeId);
    body.put("callId", callId);
    body.put("stageIndex", 0);
    body.put("requestedAmount", "400000.00");
    body.put("eligibleCost", "500000.00");
    body.put("ownContribution", "100000.00");
    body.put("plannedStart", LocalDate.now().plusMonths(6).withDayOfMonth(1).toString());
    body.put("plannedEnd", LocalDate.now().plusMonths(24).withDayOfMonth(1).toString());
    // project-service learns of the programme and the project over Kafka: wait until it knows both.
    long until = System.nanoTime() + READ_MODEL_WAIT.toNanos();
    while (true) {
      HttpResponse<String> created = send(token, "POST", "/api/applications", body);
      if (created.statusCode() == 201) {
        return JSON.readTree(created.body()).path("id").asText();
      }
      if (System.nanoTime() > until) {
        require(created, 201, "Demo-Antrag " + town);
      }
      ChildProcess.pause(Duration.ofMillis(500));
    }
  }

  private String project(String token, String title, String town)
      throws IOException, InterruptedException {
    String query = URLEncoder.encode(title, StandardCharsets.UTF_8);
    Optional<JsonNode> known = first(get(token, "/api/projects?text=" + query));
    if (known.isPresent()) {
      return known.get().path("id").asText();
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("title", title);
    body.put(
        "description",
        "Öffentliche Wasserstofftankstelle in "
            + town
            + " für Linienbusse, Abfallsammelfahrzeuge und Lkw aus der Region, mit Elektrolyseur"
            + " und Speicher.");
    body.put("category", "MOBILITY");
    body.put("plannedStart", LocalDate.now().plusMonths(6).withDayOfMonth(1).toString());
    body.put("plannedEnd", LocalDate.now().plusMonths(24).withDayOfMonth(1).toString());
    body.put("estimatedTotalCost", "500000.00");
    body.put("status", "PLANNED");
    HttpResponse<String> created = send(token, "POST", "/api/projects", body);
    require(created, 201, "Demo-Projekt " + town);
    return JSON.readTree(created.body()).path("id").asText();
  }

  private String token(String login) {
    return keycloak.passwordGrant(login, Realm.DEMO_PASSWORD);
  }

  private JsonNode get(String token, String path) throws IOException, InterruptedException {
    HttpResponse<String> answer = send(token, "GET", path, null);
    require(answer, 200, "Abfrage " + path);
    return JSON.readTree(answer.body());
  }

  private static Optional<JsonNode> first(JsonNode page) {
    JsonNode item = page.path("items").path(0);
    return item.isMissingNode() ? Optional.empty() : Optional.of(item);
  }

  private HttpResponse<String> send(String token, String method, String path, Object body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(gateway + path))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json")
            .timeout(Duration.ofSeconds(30));
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void require(HttpResponse<String> answer, int status, String what) {
    if (answer.statusCode() != status) {
      throw new IllegalStateException(what + ": HTTP " + answer.statusCode() + " " + answer.body());
    }
  }
}

package de.foerderlotse.gateway.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.foerderlotse.gateway.dashboard.Dashboard.Scope;
import de.foerderlotse.gateway.dashboard.Dashboard.Section;
import de.foerderlotse.gateway.routing.RouteTable;
import de.foerderlotse.gateway.routing.ServiceProxy;
import de.foerderlotse.gateway.routing.UpstreamFailure;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.context.ManagedExecutor;

/**
 * Asks the owning services, with the caller's own token, for what a dashboard shows, so every
 * service still decides what the caller may see. A section whose service fails or refuses is
 * answered with its error; the other sections are still delivered.
 */
@ApplicationScoped
public class DashboardService {

  private final RouteTable routes;
  private final ServiceProxy proxy;
  private final ObjectMapper json;
  private final ManagedExecutor executor;

  public DashboardService(
      RouteTable routes, ServiceProxy proxy, ObjectMapper json, ManagedExecutor executor) {
    this.routes = routes;
    this.proxy = proxy;
    this.json = json;
    this.executor = executor;
  }

  /**
   * @param agsFilter a municipality a county user narrows to, or null; a municipality user's own
   *     scope comes from its token at each service, never from a parameter
   */
  public Dashboard assemble(
      String authorization,
      Scope scope,
      String agsFilter,
      LocalDate today,
      int days,
      String language) {
    LocalDate to = today.plusDays(days);
    String ags = agsFilter == null ? "" : "&ags=" + encode(agsFilter);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Authorization", authorization);
    headers.put("Accept", "application/json");
    if (language != null) {
      headers.put("Accept-Language", language);
    }
    Map<String, String> requests = new LinkedHashMap<>();
    requests.put(
        "deadlinesDue",
        "deadlines?status=OPEN&dueFrom=" + today + "&dueTo=" + to + "&size=500" + ags);
    requests.put("deadlinesOverdue", "deadlines?status=MISSED&size=500" + ags);
    // The conflict API names the filter "municipality" (see the conflict API contract).
    String municipality = agsFilter == null ? "" : "municipality=" + encode(agsFilter);
    requests.put(
        "openConflicts",
        "conflicts?status=OPEN&size=500" + (municipality.isEmpty() ? "" : "&" + municipality));
    requests.put(
        "conflictCounts", "conflicts/counts" + (municipality.isEmpty() ? "" : "?" + municipality));
    requests.put(
        "budgetPressure",
        "budget-pressure" + (agsFilter == null ? "" : "?ags=" + encode(agsFilter)));
    requests.put("latestAlerts", "alerts?resolved=false&size=20" + ags);
    requests.put(
        "callDeadlines", "programmes?deadlineFrom=" + today + "&deadlineTo=" + to + "&size=50");
    // All sections at once: the dashboard takes as long as its slowest service, not their sum.
    Map<String, CompletableFuture<Section>> pending = new LinkedHashMap<>();
    requests.forEach(
        (name, apiPath) ->
            pending.put(
                name, CompletableFuture.supplyAsync(() -> section(apiPath, headers), executor)));
    Map<String, Section> sections = new LinkedHashMap<>();
    pending.forEach((name, section) -> sections.put(name, section.join()));
    return new Dashboard(scope, today, to, sections);
  }

  private Section section(String apiPath, Map<String, String> headers) {
    String source = "/api/" + apiPath;
    Optional<RouteTable.Route> route = routes.routeFor(apiPath.split("\\?", 2)[0]);
    if (route.isEmpty()) {
      return Section.failed(source, 404, "Für diesen Bereich ist kein Dienst eingetragen.");
    }
    ServiceProxy.Forwarded answer;
    try {
      answer =
          proxy.exchange(
              route.get().service(),
              "GET",
              URI.create(route.get().baseUri() + source),
              headers,
              Optional.empty());
    } catch (UpstreamFailure failure) {
      return Section.failed(source, failure.status(), failure.getMessage());
    }
    if (answer.status() < 200 || answer.status() > 299) {
      return Section.failed(
          source,
          answer.status(),
          "Der zuständige Dienst hat die Anfrage abgelehnt (HTTP " + answer.status() + ").");
    }
    try {
      JsonNode data = json.readTree(answer.body());
      return new Section(source, total(data), byKind(data), data, null);
    } catch (IOException e) {
      return Section.failed(source, 502, "Der zuständige Dienst hat fehlerhaft geantwortet.");
    }
  }

  private static Long total(JsonNode data) {
    return data.path("total").isNumber() ? data.path("total").asLong() : null;
  }

  /** Counts the items of a page by their {@code kind} or {@code type}, where they have one. */
  private static Map<String, Long> byKind(JsonNode data) {
    JsonNode items = data.path("items");
    if (!items.isArray()) {
      return null;
    }
    Map<String, Long> counts = new TreeMap<>();
    for (JsonNode item : items) {
      String kind = item.path("kind").asText(item.path("type").asText(""));
      if (!kind.isEmpty()) {
        counts.merge(kind, 1L, Long::sum);
      }
    }
    return counts;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}

package de.foerderlotse.gateway.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.foerderlotse.gateway.routing.RouteTable;
import de.foerderlotse.gateway.routing.ServiceProxy;
import de.foerderlotse.gateway.routing.UpstreamFailure;
import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Asks the owning service through the proxy (its timeouts, retries and breakers) with the user's
 * own token, and turns the JSON answer into maps and lists the templates can walk.
 */
@ApplicationScoped
public class ServiceReader {

  /**
   * A service's answer: {@code data} when it succeeded, else a German {@code problem} for the page.
   */
  @TemplateData
  public record Answer(Object data, int status, String problem) {

    public boolean ok() {
      return problem == null;
    }

    /** The answer's {@code items} (a page) or the answer itself when it is a list. */
    public List<?> items() {
      if (data instanceof Map<?, ?> page && page.get("items") instanceof List<?> items) {
        return items;
      }
      return data instanceof List<?> list ? list : List.of();
    }

    /** The page's {@code total}, or the number of items. */
    public long total() {
      if (data instanceof Map<?, ?> page && page.get("total") instanceof Number total) {
        return total.longValue();
      }
      return items().size();
    }
  }

  private final RouteTable routes;
  private final ServiceProxy proxy;
  private final ObjectMapper json;

  public ServiceReader(RouteTable routes, ServiceProxy proxy, ObjectMapper json) {
    this.routes = routes;
    this.proxy = proxy;
    this.json = json;
  }

  /** GET {@code /api/<apiPath>}, e.g. {@code conflicts?status=OPEN}. */
  public Answer get(String authorization, String apiPath) {
    return call(authorization, "GET", apiPath, Optional.empty());
  }

  /** POST a JSON body to {@code /api/<apiPath>}. */
  public Answer post(String authorization, String apiPath, Map<String, ?> body) {
    try {
      return call(authorization, "POST", apiPath, Optional.of(json.writeValueAsBytes(body)));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private Answer call(String authorization, String method, String apiPath, Optional<byte[]> body) {
    Optional<RouteTable.Route> route = routes.routeFor(apiPath.split("[?/]", 2)[0]);
    if (route.isEmpty()) {
      return new Answer(null, 404, "Dieser Bereich ist nicht verfügbar.");
    }
    Map<String, String> headers = new LinkedHashMap<>();
    if (authorization != null) {
      // Without a token the service answers 401 itself; a null header would break the request.
      headers.put("Authorization", authorization);
    }
    headers.put("Accept", "application/json");
    headers.put("Accept-Language", "de");
    body.ifPresent(b -> headers.put("Content-Type", "application/json"));
    ServiceProxy.Forwarded answer;
    try {
      answer =
          proxy.exchange(
              route.get().service(),
              method,
              URI.create(route.get().baseUri() + "/api/" + apiPath),
              headers,
              body);
    } catch (UpstreamFailure failure) {
      return new Answer(null, failure.status(), failure.getMessage());
    }
    JsonNode tree = read(answer.body());
    if (answer.status() >= 200 && answer.status() < 300) {
      return new Answer(tree == null ? null : json.convertValue(tree, Object.class), 200, null);
    }
    return new Answer(null, answer.status(), problem(answer.status(), tree));
  }

  private JsonNode read(byte[] body) {
    if (body.length == 0) {
      return null;
    }
    try {
      return json.readTree(body);
    } catch (IOException e) {
      return null;
    }
  }

  private static String problem(int status, JsonNode tree) {
    if (status == 404 || status == 405 || status == 501) {
      return "Dieser Bereich ist bei dem zuständigen Dienst noch nicht verfügbar.";
    }
    if (tree != null && tree.path("detail").isTextual()) {
      return tree.path("detail").asText();
    }
    return switch (status) {
      case 401 -> "Die Anmeldung ist abgelaufen. Bitte neu laden.";
      case 403 -> "Ihre Rolle erlaubt das nicht.";
      case 409 -> "Der Stand hat sich inzwischen geändert. Bitte neu laden.";
      default -> "Der zuständige Dienst hat die Anfrage abgelehnt (HTTP " + status + ").";
    };
  }
}

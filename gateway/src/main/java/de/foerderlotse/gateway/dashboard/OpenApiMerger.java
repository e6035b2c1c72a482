package de.foerderlotse.gateway.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import de.foerderlotse.gateway.config.GatewayConfig;
import de.foerderlotse.gateway.routing.RouteTable;
import de.foerderlotse.gateway.routing.ServiceProxy;
import de.foerderlotse.gateway.routing.UpstreamFailure;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * One OpenAPI document for the county's whole API: the documents of all services, each contributing
 * only the paths it owns according to the route table. Schema names get the service's name as
 * prefix ({@code funding.Programme}) so equal names from different services cannot clash.
 */
@ApplicationScoped
public class OpenApiMerger {

  private static final String SCHEMA_REF = "#/components/schemas/";

  private final GatewayConfig config;
  private final RouteTable routes;
  private final ServiceProxy proxy;
  private final ObjectMapper json;

  public OpenApiMerger(
      GatewayConfig config, RouteTable routes, ServiceProxy proxy, ObjectMapper json) {
    this.config = config;
    this.routes = routes;
    this.proxy = proxy;
    this.json = json;
  }

  public ObjectNode merged() {
    ObjectNode merged = json.createObjectNode();
    merged.put("openapi", "3.1.0");
    merged.putObject("info").put("title", "Förderlotse API").put("version", "1");
    ObjectNode paths = merged.putObject("paths");
    ObjectNode schemas = json.createObjectNode();
    ObjectNode securitySchemes = json.createObjectNode();
    ArrayNode unavailable = json.createArrayNode();
    for (String service : new TreeSet<>(config.services().keySet())) {
      Optional<JsonNode> document = fetch(service);
      if (document.isEmpty()) {
        unavailable.add(service);
        continue;
      }
      JsonNode renamed = prefixSchemaRefs(document.get().deepCopy(), service);
      renamed
          .path("paths")
          .fields()
          .forEachRemaining(
              path -> {
                if (ownedBy(path.getKey(), service)) {
                  paths.set(path.getKey(), path.getValue());
                }
              });
      renamed
          .path("components")
          .path("schemas")
          .fields()
          .forEachRemaining(
              schema -> schemas.set(service + "." + schema.getKey(), schema.getValue()));
      renamed
          .path("components")
          .path("securitySchemes")
          .fields()
          .forEachRemaining(
              scheme -> {
                if (!securitySchemes.has(scheme.getKey())) {
                  securitySchemes.set(scheme.getKey(), scheme.getValue());
                }
              });
    }
    ObjectNode components = merged.putObject("components");
    components.set("schemas", schemas);
    components.set("securitySchemes", securitySchemes);
    // Says openly which parts are missing instead of silently serving half an API.
    merged.set("x-unavailable-services", unavailable);
    return merged;
  }

  private boolean ownedBy(String path, String service) {
    if (!path.startsWith("/api/")) {
      return false;
    }
    return routes
        .routeFor(path.substring("/api/".length()))
        .map(route -> route.service().equals(service))
        .orElse(false);
  }

  private Optional<JsonNode> fetch(String service) {
    String base = config.services().get(service);
    URI uri = URI.create((base.endsWith("/") ? base : base + "/") + "q/openapi?format=json");
    try {
      ServiceProxy.Forwarded answer =
          proxy.exchange(
              service, "GET", uri, Map.of("Accept", "application/json"), Optional.empty());
      if (answer.status() != 200) {
        return Optional.empty();
      }
      JsonNode document = json.readTree(answer.body());
      return document.isObject() ? Optional.of(document) : Optional.empty();
    } catch (UpstreamFailure | IOException e) {
      return Optional.empty();
    }
  }

  /** Rewrites every {@code $ref} to a schema so it names the prefixed schema. */
  private static JsonNode prefixSchemaRefs(JsonNode node, String service) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        String ref = field.getValue().asText("");
        if (field.getKey().equals("$ref") && ref.startsWith(SCHEMA_REF)) {
          field.setValue(
              TextNode.valueOf(SCHEMA_REF + service + "." + ref.substring(SCHEMA_REF.length())));
        } else {
          prefixSchemaRefs(field.getValue(), service);
        }
      }
    } else if (node.isArray()) {
      node.forEach(element -> prefixSchemaRefs(element, service));
    }
    return node;
  }
}

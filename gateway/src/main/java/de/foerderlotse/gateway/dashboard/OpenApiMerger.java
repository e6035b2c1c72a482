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
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One OpenAPI document for the county's whole API: the documents of all services, each contributing
 * only the paths it owns according to the route table. Schema names get the service's name as
 * prefix ({@code funding.Programme}) so equal names from different services cannot clash. Tags,
 * security schemes and the schemas the kept paths use come along, so the result is lint-clean like
 * each service's own document.
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
    ObjectNode info = merged.putObject("info").put("title", "Förderlotse API").put("version", "1");
    info.put(
        "description",
        "The whole API of the county's funding scouting and grant tracking, as the gateway serves"
            + " it under /api. Every request needs a Keycloak access token (realm foerderlotse).");
    info.putObject("contact").put("name", "Förderlotse, Kreis Düren");
    // Relative: the paths are served by the gateway that serves this document.
    merged.putArray("servers").addObject().put("url", "/").put("description", "This gateway");
    ArrayNode tags = merged.putArray("tags");
    ObjectNode paths = merged.putObject("paths");
    ObjectNode schemas = json.createObjectNode();
    ObjectNode securitySchemes = json.createObjectNode();
    Map<String, JsonNode> tagDefinitions = new LinkedHashMap<>();
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
          .path("tags")
          .forEach(tag -> tagDefinitions.putIfAbsent(tag.path("name").asText(), tag));
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
    tags.addAll(usedTags(paths, tagDefinitions));
    ObjectNode components = merged.putObject("components");
    components.set("schemas", reachableSchemas(paths, schemas));
    components.set("securitySchemes", securitySchemes);
    // Says openly which parts are missing instead of silently serving half an API.
    merged.set("x-unavailable-services", unavailable);
    return merged;
  }

  /** The tag definitions that the kept operations use, in the order the services declare them. */
  private static ArrayNode usedTags(ObjectNode paths, Map<String, JsonNode> definitions) {
    Set<String> used = new HashSet<>();
    paths.forEach(
        item ->
            item.forEach(operation -> operation.path("tags").forEach(t -> used.add(t.asText()))));
    ArrayNode tags = paths.arrayNode();
    definitions.forEach(
        (name, definition) -> {
          if (used.contains(name)) {
            tags.add(definition);
          }
        });
    return tags;
  }

  /** Only the schemas the kept paths reach: the others belong to paths of other services. */
  private static ObjectNode reachableSchemas(ObjectNode paths, ObjectNode schemas) {
    ObjectNode reachable = schemas.objectNode();
    Deque<JsonNode> pending = new ArrayDeque<>();
    pending.push(paths);
    while (!pending.isEmpty()) {
      for (String ref : pending.pop().findValuesAsText("$ref")) {
        String name = ref.startsWith(SCHEMA_REF) ? ref.substring(SCHEMA_REF.length()) : "";
        if (schemas.has(name) && !reachable.has(name)) {
          reachable.set(name, schemas.get(name));
          pending.push(schemas.get(name));
        }
      }
    }
    return reachable;
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

package de.foerderlotse.e2e.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;

/**
 * A plausible JSON value for a schema, the starting point of every malformed body: close enough to
 * valid that the service reads it, so a single mutation probes one field's checks.
 */
final class BodyTemplate {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int MAX_DEPTH = 5;

  private final OpenApiDocument document;
  private final KnownIds ids;

  BodyTemplate(OpenApiDocument document, KnownIds ids) {
    this.document = document;
    this.ids = ids;
  }

  JsonNode valueFor(JsonNode schema) {
    return valueFor("", schema, 0);
  }

  private JsonNode valueFor(String name, JsonNode rawSchema, int depth) {
    JsonNode schema = document.resolve(rawSchema);
    if (depth > MAX_DEPTH) {
      return NODES.nullNode();
    }
    for (String choice : new String[] {"allOf", "oneOf", "anyOf"}) {
      if (schema.path(choice).isArray() && !schema.path(choice).isEmpty()) {
        return valueFor(name, schema.path(choice).get(0), depth + 1);
      }
    }
    if (schema.path("enum").isArray() && !schema.path("enum").isEmpty()) {
      return schema.path("enum").get(0);
    }
    String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
    return switch (type) {
      case "object" -> object(schema, depth);
      case "array" -> NODES.arrayNode().add(valueFor(name, schema.path("items"), depth + 1));
      case "integer" -> NODES.numberNode(1);
      case "number" -> NODES.numberNode(new java.math.BigDecimal("1000.00"));
      case "boolean" -> NODES.booleanNode(true);
      default -> string(name, schema);
    };
  }

  private JsonNode object(JsonNode schema, int depth) {
    ObjectNode object = NODES.objectNode();
    Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
    while (properties.hasNext()) {
      Map.Entry<String, JsonNode> property = properties.next();
      if (!property.getValue().path("readOnly").asBoolean(false)) {
        object.set(property.getKey(), valueFor(property.getKey(), property.getValue(), depth + 1));
      }
    }
    return object;
  }

  private JsonNode string(String name, JsonNode schema) {
    return switch (schema.path("format").asText("")) {
      case "date" -> NODES.textNode("2027-03-01");
      case "date-time" -> NODES.textNode("2027-03-01T10:00:00Z");
      case "uuid" -> NODES.textNode(ids.forName(name).orElse(UUID.randomUUID().toString()));
      default -> NODES.textNode(name.equalsIgnoreCase("ags") ? ids.ags() : "Fuzz " + name);
    };
  }

  /** Every field path of a value, e.g. {@code calls/0/stages/0/deadline}, for targeted mutation. */
  static void collectPaths(JsonNode value, String prefix, java.util.List<String> into) {
    if (value instanceof ObjectNode object) {
      object
          .fieldNames()
          .forEachRemaining(
              field -> {
                into.add(prefix + "/" + field);
                collectPaths(object.get(field), prefix + "/" + field, into);
              });
    } else if (value instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        into.add(prefix + "/" + i);
        collectPaths(array.get(i), prefix + "/" + i, into);
      }
    }
  }
}

package de.foerderlotse.openapi.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/** Small helpers for walking an OpenAPI document as a Jackson tree. */
final class Json {

  static final List<String> METHODS =
      List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  private Json() {}

  static boolean hasText(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isTextual() && !value.asText().isBlank();
  }

  /** Calls back for every operation as (path of the operation, operation). */
  static void forEachOperation(JsonNode document, BiConsumer<String, JsonNode> action) {
    document
        .path("paths")
        .fields()
        .forEachRemaining(
            path -> {
              for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null && operation.isObject()) {
                  action.accept("paths." + path.getKey() + "." + method, operation);
                }
              }
            });
  }

  /** Calls back for every object node in the tree as (JSON path, field name or index, node). */
  static void walk(JsonNode node, String at, Visitor visitor) {
    if (node.isObject()) {
      for (var it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        visitor.visit(at + "." + field.getKey(), field.getKey(), field.getValue());
        walk(field.getValue(), at + "." + field.getKey(), visitor);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        visitor.visit(at + "[" + i + "]", "", node.get(i));
        walk(node.get(i), at + "[" + i + "]", visitor);
      }
    }
  }

  /** Follows a local {@code #/...} reference; empty for anything else. */
  static Optional<JsonNode> resolve(JsonNode document, JsonNode node) {
    JsonNode ref = node.get("$ref");
    if (ref == null || !ref.asText().startsWith("#/")) {
      return Optional.of(node);
    }
    JsonNode target = document.at(ref.asText().substring(1));
    return target.isMissingNode() ? Optional.empty() : Optional.of(target);
  }

  /** One node of the walk. */
  interface Visitor {
    void visit(String at, String name, JsonNode node);
  }
}

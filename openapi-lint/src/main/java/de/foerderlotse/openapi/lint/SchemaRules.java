package de.foerderlotse.openapi.lint;

import static de.foerderlotse.openapi.lint.Finding.Severity.ERROR;
import static de.foerderlotse.openapi.lint.Finding.Severity.WARNING;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Rules on schemas and examples: array items, enums, examples that fit their schema. */
final class SchemaRules {

  private static final List<String> SUBSCHEMA_LISTS =
      List.of("allOf", "anyOf", "oneOf", "prefixItems");
  private static final List<String> SUBSCHEMAS = List.of("items", "not", "additionalProperties");

  private SchemaRules() {}

  static List<Finding> check(JsonNode document) {
    List<Finding> findings = new ArrayList<>();
    document
        .path("components")
        .path("schemas")
        .fields()
        .forEachRemaining(
            s -> schema(document, "components.schemas." + s.getKey(), s.getValue(), findings));
    Json.walk(
        document,
        "$",
        (at, name, node) -> {
          if (name.equals("schema") && node.isObject() && !at.startsWith("$.components.schemas")) {
            schema(document, at, node, findings);
          }
          if (name.equals("content") && node.isObject()) {
            node.fields()
                .forEachRemaining(
                    media ->
                        mediaExamples(
                            document, at + "." + media.getKey(), media.getValue(), findings));
          }
        });
    return findings;
  }

  /** Checks one schema and, recursively, the schemas inside it. */
  private static void schema(
      JsonNode document, String at, JsonNode schema, List<Finding> findings) {
    if (!schema.isObject()) {
      return;
    }
    Set<String> types = ExampleValidator.types(schema);
    if (types.contains("array") && !schema.has("items")) {
      findings.add(new Finding(ERROR, "array-items", at, "array schema without items"));
    }
    enumeration(at, schema, types, findings);
    if (schema.has("example")) {
      example(
          document,
          at + ".example",
          schema.get("example"),
          schema,
          "oas3-valid-schema-example",
          findings);
    }
    if (schema.has("default")) {
      example(
          document,
          at + ".default",
          schema.get("default"),
          schema,
          "oas3-valid-schema-example",
          findings);
    }
    if (schema.path("examples").isArray()) {
      for (int i = 0; i < schema.get("examples").size(); i++) {
        example(
            document,
            at + ".examples[" + i + "]",
            schema.get("examples").get(i),
            schema,
            "oas3-valid-schema-example",
            findings);
      }
    }
    schema
        .path("properties")
        .fields()
        .forEachRemaining(
            p -> schema(document, at + ".properties." + p.getKey(), p.getValue(), findings));
    for (String key : SUBSCHEMAS) {
      if (schema.has(key)) {
        schema(document, at + "." + key, schema.get(key), findings);
      }
    }
    for (String key : SUBSCHEMA_LISTS) {
      for (int i = 0; i < schema.path(key).size(); i++) {
        schema(document, at + "." + key + "[" + i + "]", schema.get(key).get(i), findings);
      }
    }
  }

  private static void enumeration(
      String at, JsonNode schema, Set<String> types, List<Finding> findings) {
    JsonNode values = schema.get("enum");
    if (values == null || !values.isArray()) {
      return;
    }
    Set<JsonNode> seen = new HashSet<>();
    for (JsonNode value : values) {
      if (!seen.add(value)) {
        findings.add(
            new Finding(WARNING, "duplicated-entry-in-enum", at, value + " appears twice"));
      }
      if (!types.isEmpty() && !ExampleValidator.hasType(value, types, schema)) {
        findings.add(new Finding(WARNING, "typed-enum", at, value + " is not of type " + types));
      }
    }
  }

  private static void mediaExamples(
      JsonNode document, String at, JsonNode media, List<Finding> findings) {
    JsonNode schema = media.path("schema");
    if (media.has("example") && schema.isObject()) {
      example(
          document,
          at + ".example",
          media.get("example"),
          schema,
          "oas3-valid-media-example",
          findings);
    }
    media
        .path("examples")
        .fields()
        .forEachRemaining(
            example -> {
              JsonNode value =
                  Json.resolve(document, example.getValue()).orElse(example.getValue());
              String where = at + ".examples." + example.getKey();
              if (value.has("value") && value.has("externalValue")) {
                findings.add(
                    new Finding(
                        WARNING,
                        "oas3-examples-value-or-externalValue",
                        where,
                        "both value and externalValue"));
              }
              if (value.has("value") && schema.isObject()) {
                example(
                    document,
                    where,
                    value.get("value"),
                    schema,
                    "oas3-valid-media-example",
                    findings);
              }
            });
  }

  private static void example(
      JsonNode document,
      String at,
      JsonNode value,
      JsonNode schema,
      String rule,
      List<Finding> findings) {
    for (String problem : ExampleValidator.problems(document, value, schema)) {
      findings.add(new Finding(ERROR, rule, at, problem));
    }
  }
}

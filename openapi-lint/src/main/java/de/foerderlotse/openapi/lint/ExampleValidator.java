package de.foerderlotse.openapi.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The part of JSON Schema that examples here can break: type, enum, required, properties, items,
 * bounds, pattern and the formats date, date-time and uuid. Enough to catch an example that does
 * not fit its schema; not a full validator.
 */
final class ExampleValidator {

  private static final int MAX_DEPTH = 32;

  private ExampleValidator() {}

  static List<String> problems(JsonNode document, JsonNode value, JsonNode schema) {
    List<String> problems = new ArrayList<>();
    validate(document, value, schema, "", problems, 0);
    return problems;
  }

  static Set<String> types(JsonNode schema) {
    Set<String> types = new LinkedHashSet<>();
    JsonNode type = schema.path("type");
    if (type.isTextual()) {
      types.add(type.asText());
    } else {
      type.forEach(t -> types.add(t.asText()));
    }
    return types;
  }

  static boolean hasType(JsonNode value, Set<String> types, JsonNode schema) {
    if (value.isNull()) {
      return types.contains("null") || schema.path("nullable").asBoolean(false);
    }
    return types.stream().anyMatch(type -> isOfType(value, type));
  }

  private static boolean isOfType(JsonNode value, String type) {
    return switch (type) {
      case "string" -> value.isTextual();
      case "integer" -> value.isIntegralNumber() || value.isNumber() && value.asDouble() % 1 == 0;
      case "number" -> value.isNumber();
      case "boolean" -> value.isBoolean();
      case "object" -> value.isObject();
      case "array" -> value.isArray();
      case "null" -> value.isNull();
      default -> true;
    };
  }

  private static void validate(
      JsonNode document,
      JsonNode value,
      JsonNode raw,
      String at,
      List<String> problems,
      int depth) {
    JsonNode schema = Json.resolve(document, raw).orElse(null);
    if (schema == null || !schema.isObject() || depth > MAX_DEPTH) {
      return;
    }
    if (schema.has("$ref") && raw != schema) {
      validate(document, value, schema, at, problems, depth + 1);
    }
    for (JsonNode part : schema.path("allOf")) {
      validate(document, value, part, at, problems, depth + 1);
    }
    Set<String> types = types(schema);
    if (!types.isEmpty() && !hasType(value, types, schema)) {
      problems.add(where(at) + value + " is not of type " + types);
      return;
    }
    JsonNode values = schema.get("enum");
    if (values != null && values.isArray() && !contains(values, value)) {
      problems.add(where(at) + value + " is not one of " + values);
    }
    if (value.isTextual()) {
      text(value.asText(), schema, at, problems);
    } else if (value.isNumber()) {
      number(value.asDouble(), schema, at, problems);
    } else if (value.isObject()) {
      for (JsonNode required : schema.path("required")) {
        if (!value.has(required.asText())) {
          problems.add(where(at) + "required property " + required.asText() + " is missing");
        }
      }
      value
          .fields()
          .forEachRemaining(
              field -> {
                JsonNode property = schema.path("properties").get(field.getKey());
                if (property != null) {
                  validate(
                      document,
                      field.getValue(),
                      property,
                      at + "." + field.getKey(),
                      problems,
                      depth + 1);
                } else if (schema.path("additionalProperties").isBoolean()
                    && !schema.get("additionalProperties").asBoolean()) {
                  problems.add(where(at) + "property " + field.getKey() + " is not allowed");
                }
              });
    } else if (value.isArray() && schema.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        validate(
            document, value.get(i), schema.get("items"), at + "[" + i + "]", problems, depth + 1);
      }
    }
  }

  private static boolean contains(JsonNode values, JsonNode value) {
    for (JsonNode candidate : values) {
      if (candidate.equals(value)
          || candidate.isNumber() && value.isNumber() && candidate.asDouble() == value.asDouble()) {
        return true;
      }
    }
    return false;
  }

  private static void text(String text, JsonNode schema, String at, List<String> problems) {
    if (schema.has("minLength") && text.length() < schema.get("minLength").asInt()) {
      problems.add(where(at) + "shorter than minLength " + schema.get("minLength"));
    }
    if (schema.has("maxLength") && text.length() > schema.get("maxLength").asInt()) {
      problems.add(where(at) + "longer than maxLength " + schema.get("maxLength"));
    }
    if (schema.has("pattern")
        && !Pattern.compile(schema.get("pattern").asText()).matcher(text).find()) {
      problems.add(where(at) + "does not match pattern " + schema.get("pattern"));
    }
    if (!fitsFormat(text, schema.path("format").asText(""))) {
      problems.add(where(at) + text + " is not a " + schema.get("format").asText());
    }
  }

  private static boolean fitsFormat(String text, String format) {
    try {
      switch (format) {
        case "date" -> LocalDate.parse(text);
        case "date-time" -> OffsetDateTime.parse(text);
        case "uuid" -> UUID.fromString(text);
        default -> {}
      }
      return true;
    } catch (DateTimeParseException | IllegalArgumentException e) {
      return false;
    }
  }

  private static void number(double number, JsonNode schema, String at, List<String> problems) {
    if (schema.path("minimum").isNumber() && number < schema.get("minimum").asDouble()) {
      problems.add(where(at) + number + " is below minimum " + schema.get("minimum"));
    }
    if (schema.path("maximum").isNumber() && number > schema.get("maximum").asDouble()) {
      problems.add(where(at) + number + " is above maximum " + schema.get("maximum"));
    }
  }

  private static String where(String at) {
    return at.isEmpty() ? "" : at.substring(1) + ": ";
  }
}

package de.foerderlotse.openapi.lint;

import static de.foerderlotse.openapi.lint.Finding.Severity.ERROR;
import static de.foerderlotse.openapi.lint.Finding.Severity.WARNING;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rules on paths and operations: ids, descriptions, tags, responses, parameters, security. */
final class OperationRules {

  private static final Pattern URL_SAFE =
      Pattern.compile("^[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=]*$");
  private static final Pattern TEMPLATE = Pattern.compile("\\{([^}]*)}");

  private OperationRules() {}

  static List<Finding> check(JsonNode document) {
    List<Finding> findings = new ArrayList<>();
    paths(document, findings);
    Set<String> declaredTags = new HashSet<>();
    document.path("tags").forEach(tag -> declaredTags.add(tag.path("name").asText()));
    Set<String> schemes = new HashSet<>();
    document.path("components").path("securitySchemes").fieldNames().forEachRemaining(schemes::add);
    security(document.path("security"), "security", schemes, findings);
    Map<String, String> ids = new HashMap<>();
    Json.forEachOperation(
        document,
        (at, operation) -> {
          operationId(at, operation, ids, findings);
          if (!Json.hasText(operation, "description")) {
            findings.add(
                new Finding(WARNING, "operation-description", at, "operation has no description"));
          }
          tags(at, operation, declaredTags, findings);
          successResponse(at, operation, findings);
          uniqueParameters(document, at, operation, findings);
          security(operation.path("security"), at + ".security", schemes, findings);
        });
    return findings;
  }

  private static void operationId(
      String at, JsonNode operation, Map<String, String> ids, List<Finding> findings) {
    if (!Json.hasText(operation, "operationId")) {
      findings.add(
          new Finding(WARNING, "operation-operationId", at, "operation has no operationId"));
      return;
    }
    String id = operation.get("operationId").asText();
    String first = ids.putIfAbsent(id, at);
    if (first != null) {
      findings.add(
          new Finding(
              ERROR,
              "operation-operationId-unique",
              at,
              "operationId " + id + " also at " + first));
    }
    if (!URL_SAFE.matcher(id).matches()) {
      findings.add(
          new Finding(
              WARNING, "operation-operationId-valid-in-url", at, id + " is not safe in a URL"));
    }
  }

  private static void tags(
      String at, JsonNode operation, Set<String> declared, List<Finding> findings) {
    JsonNode tags = operation.path("tags");
    if (!tags.isArray() || tags.isEmpty()) {
      findings.add(new Finding(WARNING, "operation-tags", at, "operation has no tags"));
      return;
    }
    for (JsonNode tag : tags) {
      if (!declared.contains(tag.asText())) {
        findings.add(
            new Finding(
                WARNING, "operation-tag-defined", at, "tag " + tag + " is not in the global tags"));
      }
    }
  }

  private static void successResponse(String at, JsonNode operation, List<Finding> findings) {
    for (var codes = operation.path("responses").fieldNames(); codes.hasNext(); ) {
      String code = codes.next();
      if (code.startsWith("2") || code.startsWith("3")) {
        return;
      }
    }
    findings.add(
        new Finding(
            WARNING, "operation-success-response", at, "operation has no 2xx or 3xx response"));
  }

  private static void uniqueParameters(
      JsonNode document, String at, JsonNode operation, List<Finding> findings) {
    Set<String> seen = new HashSet<>();
    for (JsonNode parameter : operation.path("parameters")) {
      JsonNode resolved = Json.resolve(document, parameter).orElse(parameter);
      String key = resolved.path("in").asText() + ":" + resolved.path("name").asText();
      if (!seen.add(key)) {
        findings.add(
            new Finding(WARNING, "operation-parameters", at, "parameter " + key + " twice"));
      }
    }
  }

  /** Empty requirements ({@code {}}) mean "open" and need no scheme. */
  private static void security(
      JsonNode requirements, String at, Set<String> schemes, List<Finding> findings) {
    for (JsonNode requirement : requirements) {
      requirement
          .fieldNames()
          .forEachRemaining(
              name -> {
                if (!schemes.contains(name)) {
                  findings.add(
                      new Finding(
                          WARNING,
                          "oas3-operation-security-defined",
                          at,
                          "security scheme " + name + " is not in components.securitySchemes"));
                }
              });
    }
  }

  private static void paths(JsonNode document, List<Finding> findings) {
    Map<String, String> normalised = new HashMap<>();
    document
        .path("paths")
        .fields()
        .forEachRemaining(
            entry -> {
              String path = entry.getKey();
              String at = "paths." + path;
              if (path.length() > 1 && path.endsWith("/")) {
                findings.add(
                    new Finding(WARNING, "path-keys-no-trailing-slash", at, "ends with a slash"));
              }
              if (path.contains("?")) {
                findings.add(
                    new Finding(WARNING, "path-not-include-query", at, "contains a query"));
              }
              if (path.contains("{}")) {
                findings.add(
                    new Finding(WARNING, "path-declarations-must-exist", at, "empty parameter {}"));
              }
              String same = normalised.putIfAbsent(TEMPLATE.matcher(path).replaceAll("{}"), path);
              if (same != null) {
                findings.add(
                    new Finding(ERROR, "path-params", at, "equivalent to the path " + same));
              }
              pathParameters(document, path, entry.getValue(), findings);
            });
  }

  /** Every {name} in the path is declared as a required path parameter, and nothing else is. */
  private static void pathParameters(
      JsonNode document, String path, JsonNode item, List<Finding> findings) {
    Set<String> inTemplate = new LinkedHashSet<>();
    Matcher template = TEMPLATE.matcher(path);
    while (template.find()) {
      inTemplate.add(template.group(1));
    }
    Set<String> fromItem = declaredPathParameters(document, item, "paths." + path, findings);
    for (String method : Json.METHODS) {
      JsonNode operation = item.get(method);
      if (operation == null) {
        continue;
      }
      String at = "paths." + path + "." + method;
      Set<String> declared = new HashSet<>(fromItem);
      declared.addAll(declaredPathParameters(document, operation, at, findings));
      for (String name : inTemplate) {
        if (!declared.contains(name)) {
          findings.add(
              new Finding(ERROR, "path-params", at, "path parameter {" + name + "} not declared"));
        }
      }
      for (String name : declared) {
        if (!inTemplate.contains(name)) {
          findings.add(
              new Finding(ERROR, "path-params", at, "path parameter " + name + " not in the path"));
        }
      }
    }
  }

  private static Set<String> declaredPathParameters(
      JsonNode document, JsonNode holder, String at, List<Finding> findings) {
    Set<String> names = new HashSet<>();
    for (JsonNode parameter : holder.path("parameters")) {
      JsonNode resolved = Json.resolve(document, parameter).orElse(parameter);
      if (resolved.path("in").asText().equals("path")) {
        names.add(resolved.path("name").asText());
        if (!resolved.path("required").asBoolean(false)) {
          findings.add(
              new Finding(
                  ERROR,
                  "path-params",
                  at,
                  "path parameter " + resolved.path("name").asText() + " is not required"));
        }
      }
    }
    return names;
  }
}

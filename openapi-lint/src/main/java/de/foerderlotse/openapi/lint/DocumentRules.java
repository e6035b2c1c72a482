package de.foerderlotse.openapi.lint;

import static de.foerderlotse.openapi.lint.Finding.Severity.ERROR;
import static de.foerderlotse.openapi.lint.Finding.Severity.WARNING;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rules on the document as a whole: info, servers, tags, components, markdown. */
final class DocumentRules {

  private static final Pattern SERVER_VARIABLE = Pattern.compile("\\{([^}]+)}");
  private static final String COMPONENTS = "#/components/";

  private DocumentRules() {}

  static List<Finding> check(JsonNode document) {
    List<Finding> findings = new ArrayList<>();
    info(document, findings);
    servers(document, findings);
    tags(document, findings);
    unusedComponents(document, findings);
    markdown(document, findings);
    if (document.path("openapi").asText().startsWith("3.0")) {
      refSiblings(document, findings);
    }
    return findings;
  }

  private static void info(JsonNode document, List<Finding> findings) {
    JsonNode info = document.path("info");
    if (!info.path("contact").isObject()) {
      findings.add(new Finding(WARNING, "info-contact", "info", "info has no contact object"));
    }
    if (!Json.hasText(info, "description")) {
      findings.add(new Finding(WARNING, "info-description", "info", "info has no description"));
    }
  }

  private static void servers(JsonNode document, List<Finding> findings) {
    JsonNode servers = document.path("servers");
    if (!servers.isArray() || servers.isEmpty()) {
      findings.add(new Finding(WARNING, "oas3-api-servers", "servers", "servers is empty"));
      return;
    }
    for (int i = 0; i < servers.size(); i++) {
      JsonNode server = servers.get(i);
      String url = server.path("url").asText("");
      String at = "servers[" + i + "]";
      if (url.length() > 1 && url.endsWith("/")) {
        findings.add(
            new Finding(WARNING, "oas3-server-trailing-slash", at, url + " ends with a slash"));
      }
      Set<String> used = new HashSet<>();
      Matcher variable = SERVER_VARIABLE.matcher(url);
      while (variable.find()) {
        used.add(variable.group(1));
      }
      Set<String> defined = new HashSet<>();
      server.path("variables").fieldNames().forEachRemaining(defined::add);
      if (!used.equals(defined)) {
        findings.add(
            new Finding(
                ERROR,
                "oas3-server-variables",
                at,
                "variables " + defined + " do not match those in the url " + used));
      }
    }
  }

  private static void tags(JsonNode document, List<Finding> findings) {
    Set<String> seen = new HashSet<>();
    for (JsonNode tag : document.path("tags")) {
      if (!seen.add(tag.path("name").asText())) {
        findings.add(
            new Finding(
                ERROR,
                "openapi-tags-uniqueness",
                "tags",
                "tag declared twice: " + tag.get("name")));
      }
    }
  }

  /** Security schemes are referenced by name, not by $ref, so Spectral leaves them out too. */
  private static void unusedComponents(JsonNode document, List<Finding> findings) {
    Set<String> referenced = new HashSet<>();
    Json.walk(
        document,
        "$",
        (at, name, node) -> {
          if (name.equals("$ref") && node.asText().startsWith(COMPONENTS)) {
            referenced.add(node.asText());
          }
        });
    document
        .path("components")
        .fields()
        .forEachRemaining(
            kind -> {
              if (kind.getKey().equals("securitySchemes")) {
                return;
              }
              kind.getValue()
                  .fieldNames()
                  .forEachRemaining(
                      name -> {
                        String pointer = COMPONENTS + kind.getKey() + "/" + escape(name);
                        if (!referenced.contains(pointer)) {
                          findings.add(
                              new Finding(
                                  WARNING,
                                  "oas3-unused-component",
                                  "components." + kind.getKey() + "." + name,
                                  "component is never referenced"));
                        }
                      });
            });
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  private static void markdown(JsonNode document, List<Finding> findings) {
    Json.walk(
        document,
        "$",
        (at, name, node) -> {
          if (!(name.equals("description") || name.equals("title")) || !node.isTextual()) {
            return;
          }
          if (node.asText().contains("eval(")) {
            findings.add(new Finding(WARNING, "no-eval-in-markdown", at, "contains eval("));
          }
          if (node.asText().toLowerCase().contains("<script")) {
            findings.add(
                new Finding(WARNING, "no-script-tags-in-markdown", at, "contains <script"));
          }
        });
  }

  private static void refSiblings(JsonNode document, List<Finding> findings) {
    Json.walk(
        document,
        "$",
        (at, name, node) -> {
          if (node.isObject() && node.has("$ref") && node.size() > 1) {
            findings.add(new Finding(ERROR, "no-$ref-siblings", at, "$ref has sibling keys"));
          }
        });
  }
}

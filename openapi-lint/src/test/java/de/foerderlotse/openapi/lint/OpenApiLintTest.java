package de.foerderlotse.openapi.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenApiLintTest {

  private static final String CLEAN =
      """
      {"openapi":"3.1.0",
       "info":{"title":"t","version":"1","description":"d","contact":{"name":"c"}},
       "servers":[{"url":"http://localhost:8080"}],
       "tags":[{"name":"calls","description":"Calls"}],
       "security":[{"oidc":[]}],
       "paths":{"/api/calls/{id}":{"get":{
          "operationId":"getCall","description":"One call","tags":["calls"],
          "parameters":[{"name":"id","in":"path","required":true,"schema":{"type":"string","format":"uuid"}}],
          "security":[{"oidc":[]}],
          "responses":{"200":{"description":"ok","content":{"application/json":
             {"schema":{"$ref":"#/components/schemas/Call"}}}}}}}},
       "components":{"schemas":{"Call":{"type":"object","required":["title"],
          "properties":{"title":{"type":"string","example":"EFRE"},
                        "kind":{"type":"string","enum":["OPEN","CLOSED"]}}}},
          "securitySchemes":{"oidc":{"type":"openIdConnect","openIdConnectUrl":"http://localhost/.well-known/openid-configuration"}}}}
      """;

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void findsNothingInACleanDocument() throws Exception {
    assertThat(OpenApiLint.check(json.readTree(CLEAN))).isEmpty();
  }

  @Test
  void namesEachViolatedRule() throws Exception {
    ObjectNode document = (ObjectNode) json.readTree(CLEAN);
    ObjectNode get = (ObjectNode) document.at("/paths/~1api~1calls~1{id}/get");
    get.remove("operationId");
    get.remove("description");
    get.putArray("tags").add("undeclared");
    get.putArray("security").addObject().putArray("bearer");
    get.remove("parameters");
    document.remove("servers");
    ((ObjectNode) document.at("/components/schemas/Call/properties/title")).put("example", 7);
    document.with("components").with("schemas").putObject("Unused").put("type", "array");

    List<String> rules = OpenApiLint.check(document).stream().map(Finding::rule).toList();

    assertThat(rules)
        .contains(
            "operation-operationId",
            "operation-description",
            "operation-tag-defined",
            "oas3-operation-security-defined",
            "path-params",
            "oas3-api-servers",
            "oas3-valid-schema-example",
            "oas3-unused-component",
            "array-items");
  }

  @Test
  void reportsDuplicateOperationIdsAsErrors() throws Exception {
    ObjectNode document = (ObjectNode) json.readTree(CLEAN);
    ObjectNode item = (ObjectNode) document.at("/paths/~1api~1calls~1{id}");
    item.set("delete", item.get("get").deepCopy());

    assertThat(OpenApiLint.check(document))
        .anyMatch(
            f ->
                f.rule().equals("operation-operationId-unique")
                    && f.severity() == Finding.Severity.ERROR);
  }

  @Test
  void failsTheBuildOnAnyFinding() throws Exception {
    ObjectNode document = (ObjectNode) json.readTree(CLEAN);
    ((ObjectNode) document.get("info")).remove("contact");

    assertThatThrownBy(() -> OpenApiLint.assertClean("sample", document))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("0 errors, 1 warnings")
        .hasMessageContaining("info-contact");
  }
}

package de.foerderlotse.openapi.lint;

import static de.foerderlotse.openapi.lint.Finding.Severity.ERROR;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;

/** Spectral's oas3-schema: the document's structure, as swagger-parser validates it. */
final class SpecificationRules {

  private SpecificationRules() {}

  static List<Finding> check(JsonNode document) {
    ParseOptions options = new ParseOptions();
    options.setResolve(false);
    SwaggerParseResult result =
        new OpenAPIV3Parser().readContents(document.toString(), null, options);
    List<Finding> findings = new ArrayList<>();
    if (result.getOpenAPI() == null) {
      findings.add(new Finding(ERROR, "oas3-schema", "$", "swagger-parser could not read it"));
    }
    if (result.getMessages() != null) {
      result
          .getMessages()
          .forEach(message -> findings.add(new Finding(ERROR, "oas3-schema", "$", message)));
    }
    return findings;
  }
}

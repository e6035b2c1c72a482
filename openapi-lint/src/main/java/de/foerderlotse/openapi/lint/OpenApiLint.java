package de.foerderlotse.openapi.lint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The recommended rules of Spectral's {@code spectral:oas} ruleset that apply to the documents
 * SmallRye OpenAPI writes (OpenAPI 3.x), checked in plain Java so the build needs no Node.js. Rule
 * names and severities follow Spectral's, so a finding can be looked up in its reference.
 */
public final class OpenApiLint {

  private OpenApiLint() {}

  /** Every finding of every rule, in document order per rule group. */
  public static List<Finding> check(JsonNode document) {
    List<Finding> findings = new ArrayList<>();
    findings.addAll(SpecificationRules.check(document));
    findings.addAll(DocumentRules.check(document));
    findings.addAll(OperationRules.check(document));
    findings.addAll(SchemaRules.check(document));
    return findings;
  }

  /** One line with the counts, then one line per finding. */
  public static String report(String name, List<Finding> findings) {
    long errors = findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).count();
    StringBuilder report =
        new StringBuilder(
            "OpenAPI lint of %s: %d errors, %d warnings%n"
                .formatted(name, errors, findings.size() - errors));
    findings.forEach(finding -> report.append("  ").append(finding).append('\n'));
    return report.toString();
  }

  /**
   * Fails with the full report when the document has any error or warning.
   *
   * @throws AssertionError listing every finding
   */
  public static void assertClean(String name, JsonNode document) {
    List<Finding> findings = check(document);
    String report = report(name, findings);
    System.out.print(report);
    if (!findings.isEmpty()) {
      throw new AssertionError(report);
    }
  }

  /** Lints saved documents from the command line: {@code OpenApiLint a.json b.json}. */
  public static void main(String[] files) throws IOException {
    ObjectMapper json = new ObjectMapper();
    for (String file : files) {
      System.out.print(report(file, check(json.readTree(Files.readString(Path.of(file))))));
    }
  }
}

package de.foerderlotse.openapi.lint;

/**
 * One rule violation, named after the Spectral rule it mirrors, at a JSON path in the document.
 *
 * @param severity error or warning, as the rule's default severity in {@code spectral:oas}
 * @param rule the Spectral rule name, e.g. {@code operation-operationId}
 * @param path where in the document, e.g. {@code paths./api/calls.get}
 * @param message what is wrong
 */
public record Finding(Severity severity, String rule, String path, String message) {

  /** The two severities of {@code spectral:oas} that fail the lint. */
  public enum Severity {
    ERROR,
    WARNING
  }

  @Override
  public String toString() {
    return severity.name().toLowerCase() + " " + rule + " at " + path + ": " + message;
  }
}

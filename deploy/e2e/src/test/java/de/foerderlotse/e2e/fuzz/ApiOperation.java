package de.foerderlotse.e2e.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One operation of an OpenAPI document, as far as the fuzzer needs it.
 *
 * @param pathParameters names of the {@code {placeholders}} in {@code path}
 * @param queryParameters query parameter name to its schema
 * @param body schema of the JSON request body, or null when the operation takes none
 */
public record ApiOperation(
    String method,
    String path,
    List<String> pathParameters,
    List<Parameter> queryParameters,
    JsonNode body) {

  /** A query parameter and its schema (may be an empty node). */
  public record Parameter(String name, JsonNode schema) {}

  public boolean takesBody() {
    return body != null;
  }

  @Override
  public String toString() {
    return method + " " + path;
  }
}

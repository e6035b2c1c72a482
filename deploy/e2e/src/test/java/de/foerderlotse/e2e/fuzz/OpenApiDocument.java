package de.foerderlotse.e2e.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The operations an OpenAPI document declares, with its component schemas to resolve refs. */
public final class OpenApiDocument {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

  private final JsonNode document;
  private final List<ApiOperation> operations;

  private OpenApiDocument(JsonNode document) {
    this.document = document;
    this.operations = readOperations(document);
  }

  /** Reads the document a running server publishes (JSON form). */
  public static OpenApiDocument fetch(HttpClient http, String url)
      throws IOException, InterruptedException {
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      throw new IllegalStateException(url + " answered " + answer.statusCode());
    }
    return new OpenApiDocument(JSON.readTree(answer.body()));
  }

  /** Operations below {@code /api}; streams (SSE) are left out, they never end by themselves. */
  public List<ApiOperation> operations() {
    return operations;
  }

  /** The schema a {@code $ref} points to, or the node itself. */
  public JsonNode resolve(JsonNode schema) {
    JsonNode current = schema;
    for (int hops = 0; hops < 10 && current.has("$ref"); hops++) {
      String ref = current.get("$ref").asText();
      current = document.at(ref.startsWith("#") ? ref.substring(1) : ref);
    }
    return current;
  }

  private static List<ApiOperation> readOperations(JsonNode document) {
    List<ApiOperation> result = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> path = paths.next();
      if (!path.getKey().startsWith("/api/")) {
        continue;
      }
      Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
      while (methods.hasNext()) {
        Map.Entry<String, JsonNode> method = methods.next();
        if (METHODS.contains(method.getKey()) && !isStream(method.getValue())) {
          result.add(operation(path.getKey(), path.getValue(), method));
        }
      }
    }
    return List.copyOf(result);
  }

  private static ApiOperation operation(
      String path, JsonNode pathItem, Map.Entry<String, JsonNode> method) {
    List<String> pathParameters = new ArrayList<>();
    List<ApiOperation.Parameter> query = new ArrayList<>();
    List<JsonNode> parameters = new ArrayList<>();
    pathItem.path("parameters").forEach(parameters::add);
    method.getValue().path("parameters").forEach(parameters::add);
    for (JsonNode parameter : parameters) {
      String name = parameter.path("name").asText();
      switch (parameter.path("in").asText()) {
        case "path" -> pathParameters.add(name);
        case "query" -> query.add(new ApiOperation.Parameter(name, parameter.path("schema")));
        default -> {}
      }
    }
    JsonNode content = method.getValue().path("requestBody").path("content");
    JsonNode body = null;
    if (!content.isMissingNode()) {
      JsonNode json = content.path("application/json");
      body = json.isMissingNode() ? JSON.createObjectNode() : json.path("schema");
    }
    return new ApiOperation(
        method.getKey().toUpperCase(java.util.Locale.ROOT),
        path,
        List.copyOf(pathParameters),
        List.copyOf(query),
        body);
  }

  private static boolean isStream(JsonNode operation) {
    return operation.findValue("text/event-stream") != null;
  }
}

package de.foerderlotse.e2e.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an operation into a malformed request: a broken body, a broken query parameter, a broken
 * path segment, or broken headers. Everything else about the request is well-formed, so the fault
 * that is injected is the one the service must answer.
 */
final class MalformedRequests {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");

  private static final List<String> BAD_IF_MATCH =
      List.of(
          "garbage", "\"-1\"", "W/\"x\"", "\"99999999999999999999\"", "*", "\"\"", "\"1\", \"2\"");

  /** A percent sign not followed by two hex digits: the HTTP decoder refuses the request line. */
  private static final Pattern BAD_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

  private final MalformedBodies bodies;
  private final KnownIds ids;

  MalformedRequests(OpenApiDocument document, KnownIds ids) {
    this.bodies = new MalformedBodies(new BodyTemplate(document, ids));
    this.ids = ids;
  }

  FuzzRequest next(Random random, ApiOperation operation, long bodyLimit) {
    int choice = random.nextInt(100);
    if (operation.takesBody() && choice < 50) {
      return withBody(random, operation, bodyLimit);
    }
    if (!operation.queryParameters().isEmpty() && choice < 70) {
      return withQuery(random, operation);
    }
    if (!operation.pathParameters().isEmpty() && choice < 90) {
      return withPath(random, operation);
    }
    return withHeaders(random, operation);
  }

  private FuzzRequest withBody(Random random, ApiOperation operation, long bodyLimit) {
    MalformedBodies.Body body = bodies.next(random, operation.body(), bodyLimit);
    List<String[]> headers = new ArrayList<>();
    headers.add(new String[] {"Content-Type", body.contentType()});
    return new FuzzRequest(
        "body:" + body.kind(),
        operation.method(),
        path(operation, null, null),
        headers,
        body.bytes(),
        true);
  }

  private FuzzRequest withQuery(Random random, ApiOperation operation) {
    List<ApiOperation.Parameter> parameters = operation.queryParameters();
    ApiOperation.Parameter bad = parameters.get(random.nextInt(parameters.size()));
    String value = MalformedValues.pick(random, MalformedValues.QUERY_VALUES);
    if (random.nextInt(10) == 0) {
      value = MalformedValues.repeat('9', 2_000 + random.nextInt(5_000));
    }
    String query = bad.name() + "=" + value;
    if (random.nextInt(5) == 0) {
      query += "&" + bad.name() + "=" + MalformedValues.pick(random, MalformedValues.QUERY_VALUES);
    }
    return new FuzzRequest(
        (BAD_ESCAPE.matcher(query).find() ? "protocol:query-escape:" : "query:") + bad.name(),
        operation.method(),
        path(operation, null, null) + "?" + query,
        jsonBodyHeaders(operation),
        emptyBody(operation),
        true);
  }

  private FuzzRequest withPath(Random random, ApiOperation operation) {
    List<String> names = operation.pathParameters();
    String bad = names.get(random.nextInt(names.size()));
    String value = MalformedValues.pick(random, MalformedValues.PATH_SEGMENTS);
    int shape = random.nextInt(12);
    if (shape == 0) {
      value = MalformedValues.repeat('a', 300 + random.nextInt(3_000));
    } else if (shape == 1) {
      value = MalformedValues.repeat('b', 8_300 + random.nextInt(20_000));
    } else if (shape == 2) {
      value = value + "/" + MalformedValues.pick(random, MalformedValues.PATH_SEGMENTS);
    }
    return new FuzzRequest(
        (BAD_ESCAPE.matcher(value).find() ? "protocol:path-escape:" : "path:") + bad,
        operation.method(),
        path(operation, bad, value),
        jsonBodyHeaders(operation),
        emptyBody(operation),
        true);
  }

  private FuzzRequest withHeaders(Random random, ApiOperation operation) {
    List<String[]> headers = new ArrayList<>(jsonBodyHeaders(operation));
    boolean authenticated = true;
    String kind;
    switch (random.nextInt(4)) {
      case 0 -> {
        kind = "header:no-token";
        authenticated = false;
      }
      case 1 -> {
        kind = "header:accept";
        headers.add(new String[] {"Accept", "application/xml"});
      }
      case 2 -> {
        kind = "header:bad-if-match";
        headers.add(new String[] {"If-Match", MalformedValues.pick(random, BAD_IF_MATCH)});
      }
      default -> {
        kind = "header:forged-token";
        headers.add(new String[] {"Authorization", "Bearer eyJhbGciOiJub25lIn0.e30."});
        authenticated = false;
      }
    }
    return new FuzzRequest(
        kind,
        operation.method(),
        path(operation, null, null),
        headers,
        emptyBody(operation),
        authenticated);
  }

  /** The operation's path with known ids filled in; one placeholder may get a hostile value. */
  private String path(ApiOperation operation, String badParameter, String badValue) {
    String[] segments = operation.path().split("/", -1);
    StringBuilder path = new StringBuilder();
    for (int i = 1; i < segments.length; i++) {
      String previous = segments[i - 1];
      Matcher placeholder = PLACEHOLDER.matcher(segments[i]);
      StringBuilder segment = new StringBuilder();
      while (placeholder.find()) {
        String value =
            placeholder.group(1).equals(badParameter)
                ? badValue
                : ids.forSegment(previous).orElse(defaultValue(placeholder.group(1)));
        placeholder.appendReplacement(segment, Matcher.quoteReplacement(value));
      }
      placeholder.appendTail(segment);
      path.append('/').append(segment);
    }
    return path.toString();
  }

  private static String defaultValue(String parameter) {
    return parameter.equals("format") ? "csv" : UUID.randomUUID().toString();
  }

  private static List<String[]> jsonBodyHeaders(ApiOperation operation) {
    List<String[]> headers = new ArrayList<>();
    if (operation.takesBody()) {
      headers.add(new String[] {"Content-Type", "application/json"});
    }
    return headers;
  }

  /** Operations with a body get {@code {}}, so only the injected fault is wrong. */
  private static byte[] emptyBody(ApiOperation operation) {
    return operation.takesBody() ? "{}".getBytes(StandardCharsets.UTF_8) : null;
  }
}

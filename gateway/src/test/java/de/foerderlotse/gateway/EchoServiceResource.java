package de.foerderlotse.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import de.foerderlotse.infra.Ports;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain HTTP server standing in for project-service in the gateway's component test: it echoes
 * what arrived so the test can see exactly what the gateway forwarded; a path ending in {@code
 * /slow} answers only after the gateway's timeout; one containing {@code /broken} always drops the
 * connection without an answer; {@code /flaky-<n>-...} drops it on the first n requests. Every
 * answer tells the how-manieth request for its path it was ({@code attempt}). project-service and
 * municipality-service are served by it; funding-service is routed to a closed port, as if down.
 * Routing to the real services is covered by the end-to-end suite.
 */
public class EchoServiceResource implements QuarkusTestResourceLifecycleManager {

  private HttpServer server;
  private final CountDownLatch never = new CountDownLatch(1);
  private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

  @Override
  public Map<String, String> start() {
    try {
      server = HttpServer.create(new InetSocketAddress(Ports.LOOPBACK, Ports.free()), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::echo);
    server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
    server.start();
    int closedPort = Ports.free();
    String echo = "http://" + Ports.LOOPBACK + ":" + server.getAddress().getPort();
    return Map.of(
        "foerderlotse.gateway.services.project",
        echo,
        "foerderlotse.gateway.services.municipality",
        echo,
        "foerderlotse.gateway.retry.delay",
        "10ms",
        "foerderlotse.gateway.circuit-breaker.failure-threshold",
        "3",
        "foerderlotse.gateway.circuit-breaker.open-duration",
        "1s",
        "foerderlotse.gateway.services.funding",
        "http://" + Ports.LOOPBACK + ":" + closedPort,
        "foerderlotse.gateway.request-timeout",
        "2s");
  }

  /**
   * A small lint-clean document with two owned paths, one path another service owns, a schema each
   * kind of path uses, and the tags and security scheme they need.
   */
  private static final String OPENAPI =
      """
      {"openapi":"3.1.0","info":{"title":"echo","version":"1"},
       "tags":[{"name":"applications","description":"a"},{"name":"inbox","description":"i"},
               {"name":"programmes","description":"p"}],
       "paths":{"/api/applications":{"get":{"operationId":"listApplications","description":"l",
                  "tags":["applications"],"security":[{"keycloak":[]}],
                  "responses":{"200":{"description":"ok","content":{"application/json":
                  {"schema":{"$ref":"#/components/schemas/Page"}}}}}}},
                "/api/inbox":{"get":{"operationId":"listInbox","description":"i","tags":["inbox"],
                  "security":[{"keycloak":[]}],"responses":{"200":{"description":"ok",
                  "content":{"application/json":{"schema":{"$ref":"#/components/schemas/Page"}}}}}}},
                "/api/programmes":{"get":{"operationId":"listProgrammes","description":"p",
                  "tags":["programmes"],"responses":{"200":{"description":"not mine",
                  "content":{"application/json":{"schema":{"$ref":"#/components/schemas/Programme"}}}}}}}},
       "components":{"schemas":{"Page":{"type":"object","properties":{"items":{"type":"array",
                       "items":{"$ref":"#/components/schemas/Item"}}}},
                     "Item":{"type":"object"},"Programme":{"type":"object"}},
                     "securitySchemes":{"keycloak":{"type":"http","scheme":"bearer"}}}}
      """;

  private static final Pattern FLAKY = Pattern.compile("/flaky-(\\d+)-");

  private void echo(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    int attempt = attempts.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
    if (path.endsWith("/slow")) {
      awaitQuietly();
    }
    if (path.equals("/q/openapi")) {
      answer(exchange, 200, OPENAPI);
      return;
    }
    if (path.equals("/api/conflicts")) {
      // project-service does not offer conflicts yet: the dashboard must cope with that.
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
      return;
    }
    if (path.matches("/api/conflicts/[0-9a-f-]{36}") && "GET".equals(exchange.getRequestMethod())) {
      // A minimal open conflict, so the dashboard's conflict page can render around it.
      answer(
          exchange,
          200,
          """
          {"id":"%s","kind":"COMPETING","status":"OPEN","score":0.8,
           "explanation":{"summary":"Zwei ähnliche Projekte."},"sides":[],"resolution":null,
           "history":[],"detectedAt":"2026-11-25T05:00:00Z","updatedAt":"2026-11-25T05:00:00Z",
           "version":1}"""
              .formatted(path.substring("/api/conflicts/".length())));
      return;
    }
    if (path.startsWith("/api/applications/streaming/")) {
      streaming(exchange, path.substring("/api/applications/streaming/".length()), attempt);
      return;
    }
    Matcher flaky = FLAKY.matcher(path);
    if (path.contains("/broken") || flaky.find() && attempt <= Integer.parseInt(flaky.group(1))) {
      exchange.close();
      return;
    }
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String json =
        """
        {"method":"%s","path":"%s","query":"%s","authorization":"%s","ifMatch":"%s","upgrade":"%s","body":%s,"attempt":%d}
        """
            .formatted(
                exchange.getRequestMethod(),
                exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(),
                exchange.getRequestHeaders().getFirst("Authorization"),
                String.valueOf(exchange.getRequestHeaders().getFirst("If-Match"))
                    .replace("\"", "\\\""),
                exchange.getRequestHeaders().getFirst("Upgrade"),
                body.isEmpty() ? "null" : body,
                attempt);
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.getResponseHeaders().add("ETag", "\"7\"");
    exchange
        .getResponseHeaders()
        .add("Location", "http://127.0.0.1:8082" + exchange.getRequestURI().getRawPath() + "/42");
    exchange.getResponseHeaders().add("Connection", "close");
    exchange.sendResponseHeaders(
        "POST".equals(exchange.getRequestMethod()) ? 201 : 200, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  /** Lets {@code streaming/trickle} send the rest of its answer. */
  public static void releaseTrickle() {
    TRICKLE.countDown();
  }

  private static final CountDownLatch TRICKLE = new CountDownLatch(1);

  /**
   * {@code digest}: reads the body as it comes and answers its length and SHA-256; {@code
   * download-<n>}: answers n bytes in chunks; {@code trickle}: sends a first line, then the rest
   * only after {@link #releaseTrickle()}.
   */
  private static void streaming(HttpExchange exchange, String what, int attempt)
      throws IOException {
    if (what.equals("digest")) {
      java.security.MessageDigest sha;
      try {
        sha = java.security.MessageDigest.getInstance("SHA-256");
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
      long bytes = 0;
      byte[] buffer = new byte[8192];
      try (var in = exchange.getRequestBody()) {
        for (int n; (n = in.read(buffer)) > 0; bytes += n) {
          sha.update(buffer, 0, n);
        }
      }
      answer(
          exchange,
          200,
          "{\"bytes\":%d,\"sha256\":\"%s\",\"attempt\":%d,\"contentLength\":\"%s\"}"
              .formatted(
                  bytes,
                  java.util.HexFormat.of().formatHex(sha.digest()),
                  attempt,
                  exchange.getRequestHeaders().getFirst("Content-Length")));
      return;
    }
    exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
    exchange.sendResponseHeaders(200, 0);
    try (var out = exchange.getResponseBody()) {
      if (what.equals("trickle")) {
        out.write("erster Teil\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        try {
          TRICKLE.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        out.write("zweiter Teil\n".getBytes(StandardCharsets.UTF_8));
      } else if (what.startsWith("download-")) {
        long remaining = Long.parseLong(what.substring("download-".length()));
        byte[] chunk = new byte[65536];
        for (int i = 0; i < chunk.length; i++) {
          chunk[i] = (byte) i;
        }
        while (remaining > 0) {
          int n = (int) Math.min(chunk.length, remaining);
          out.write(chunk, 0, n);
          remaining -= n;
        }
      }
    }
  }

  private static void answer(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  private void awaitQuietly() {
    try {
      never.await(6, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void stop() {
    never.countDown();
    if (server != null) {
      server.stop(0);
    }
  }
}

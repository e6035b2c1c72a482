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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A plain HTTP server standing in for project-service in the gateway's component test: it echoes
 * what arrived so the test can see exactly what the gateway forwarded; a path ending in {@code
 * /slow} answers only after the gateway's timeout. funding-service is routed to a closed port, as
 * if it were down. Routing to the real services is covered by the end-to-end suite.
 */
public class EchoServiceResource implements QuarkusTestResourceLifecycleManager {

  private HttpServer server;
  private final CountDownLatch never = new CountDownLatch(1);

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
    return Map.of(
        "foerderlotse.gateway.services.project",
        "http://" + Ports.LOOPBACK + ":" + server.getAddress().getPort(),
        "foerderlotse.gateway.services.funding",
        "http://" + Ports.LOOPBACK + ":" + closedPort,
        "foerderlotse.gateway.request-timeout",
        "2s");
  }

  private void echo(HttpExchange exchange) throws IOException {
    if (exchange.getRequestURI().getPath().endsWith("/slow")) {
      awaitQuietly();
    }
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String json =
        """
        {"method":"%s","path":"%s","query":"%s","authorization":"%s","ifMatch":"%s","body":%s}
        """
            .formatted(
                exchange.getRequestMethod(),
                exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(),
                exchange.getRequestHeaders().getFirst("Authorization"),
                String.valueOf(exchange.getRequestHeaders().getFirst("If-Match"))
                    .replace("\"", "\\\""),
                body.isEmpty() ? "null" : body);
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

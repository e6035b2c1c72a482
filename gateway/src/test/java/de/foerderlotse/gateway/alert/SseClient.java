package de.foerderlotse.gateway.alert;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Reads an SSE stream line by line with the JDK's HTTP client, the way a dashboard would. */
final class SseClient implements AutoCloseable {

  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final HttpResponse<InputStream> response;

  private SseClient(HttpResponse<InputStream> response) {
    this.response = response;
    Thread reader = new Thread(this::read, "sse-test-reader");
    reader.setDaemon(true);
    reader.start();
  }

  static SseClient open(URI uri, String token, String lastEventId) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .header("Accept", "text/event-stream")
            .header("Authorization", "Bearer " + token);
    if (lastEventId != null) {
      request.header("Last-Event-ID", lastEventId);
    }
    return new SseClient(
        HttpClient.newHttpClient()
            .send(request.GET().build(), HttpResponse.BodyHandlers.ofInputStream()));
  }

  int status() {
    return response.statusCode();
  }

  String contentType() {
    return response.headers().firstValue("Content-Type").orElse("");
  }

  /** Whether the server said the stream is live (its first comment). */
  boolean connected() {
    return lines.stream().anyMatch(line -> line.startsWith(":") && line.contains("verbunden"));
  }

  boolean pinged() {
    return lines.stream().anyMatch(line -> line.startsWith(":") && line.contains("ping"));
  }

  /** The ids of the events received so far, in order. */
  List<String> eventIds() {
    return lines.stream()
        .filter(line -> line.startsWith("id:"))
        .map(line -> line.substring(3).trim())
        .toList();
  }

  List<String> dataLines() {
    return lines.stream()
        .filter(line -> line.startsWith("data:"))
        .map(line -> line.substring(5).trim())
        .toList();
  }

  List<String> lines() {
    return List.copyOf(lines);
  }

  private void read() {
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lines.add(line);
      }
    } catch (IOException closed) {
      // The test closed the stream.
    }
  }

  @Override
  public void close() throws IOException {
    response.body().close();
  }
}

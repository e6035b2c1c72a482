package de.foerderlotse.e2e.fuzz;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a tenant the fuzzer never targets sees of its own data: status and body of each read, taken
 * with that tenant's own token before and after the run.
 */
public record TenantSnapshot(Map<String, String> answers) {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  public static TenantSnapshot take(String baseUrl, String token, List<String> paths)
      throws IOException, InterruptedException {
    Map<String, String> answers = new LinkedHashMap<>();
    for (String path : paths) {
      HttpResponse<String> answer =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(baseUrl + path))
                  .header("Authorization", "Bearer " + token)
                  .header("Accept", "application/json")
                  .timeout(Duration.ofSeconds(30))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      answers.put(path, answer.statusCode() + " " + answer.body());
    }
    return new TenantSnapshot(Map.copyOf(answers));
  }

  /** The reads whose answer differs from the other snapshot's. */
  public List<String> differencesTo(TenantSnapshot other) {
    return answers.keySet().stream()
        .filter(path -> !answers.get(path).equals(other.answers().get(path)))
        .map(path -> path + ": " + answers.get(path) + " / now " + other.answers().get(path))
        .toList();
  }
}

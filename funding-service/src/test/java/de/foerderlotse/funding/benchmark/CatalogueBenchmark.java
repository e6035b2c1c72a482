package de.foerderlotse.funding.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import de.foerderlotse.infra.test.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Not a test but a measurement, run only with {@code -Pbenchmark} (see README): imports 2,500
 * generated programmes into the real PostgreSQL and times it, then times catalogue searches over
 * HTTP against the running service and prints p50/p95.
 */
@QuarkusTest
class CatalogueBenchmark {

  private static final int PROGRAMMES = 2_500;
  private static final int WARM_UP = 200;
  private static final int SEARCHES = 1_000;
  private static final String TOKEN = TestTokens.of("benchmark", "scout");

  @TestHTTPResource("/api/programmes")
  URI programmes;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void importsAndSearchesTheCatalogue() throws Exception {
    String body = new ProgrammeGenerator().programmes(PROGRAMMES);

    long start = System.nanoTime();
    HttpResponse<String> started = send(post(programmes + "/imports", body));
    assertThat(started.statusCode()).isEqualTo(202);
    URI job = started.headers().firstValue("Location").map(URI::create).orElseThrow();
    Awaitility.await()
        .atMost(Duration.ofMinutes(5))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> send(get(job)).body().contains("\"state\":\"COMPLETED\""));
    double importSeconds = (System.nanoTime() - start) / 1e9;
    String finished = send(get(job)).body();
    assertThat(finished).contains("\"created\":" + PROGRAMMES);

    List<String> queries = queries();
    for (int i = 0; i < WARM_UP; i++) {
      send(get(URI.create(programmes + "?" + queries.get(i % queries.size()))));
    }
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < SEARCHES; i++) {
      URI uri = URI.create(programmes + "?" + queries.get(i % queries.size()));
      long t = System.nanoTime();
      HttpResponse<String> response = send(get(uri));
      millis.add((System.nanoTime() - t) / 1e6);
      assertThat(response.statusCode()).isEqualTo(200);
    }
    Collections.sort(millis);
    System.out.printf(
        "%n=== funding-service catalogue benchmark ===%n"
            + "import of %d programmes (JSON, POST until job COMPLETED): %.2f s (target <= 10 s)%n"
            + "search over HTTP, %d requests of %d query shapes, page of 20 with facets:%n"
            + "  p50 %.1f ms, p95 %.1f ms (target <= 20 ms), max %.1f ms%n%n",
        PROGRAMMES,
        importSeconds,
        SEARCHES,
        queries.size(),
        percentile(millis, 50),
        percentile(millis, 95),
        millis.get(millis.size() - 1));
  }

  private static List<String> queries() {
    LocalDate today = LocalDate.now();
    return List.of(
        "q=" + encode("Radwege"),
        "q=" + encode("Sanierung Schulen") + "&status=OPEN",
        "q=" + encode("Klimaanpassung Kommunen") + "&region=05358008",
        "fundingArea=MOBILITY,ENERGY&applicantType=MUNICIPALITY",
        "region=05358008&status=OPEN&sort=nextDeadline",
        "deadlineFrom=" + today + "&deadlineTo=" + today.plusDays(90),
        "amountMin=50000&amountMax=200000&sort=-maxGrant",
        "fundingLevel=EU,FEDERAL&fundingBody=" + encode("Bund"),
        "sort=title&page=10",
        "q=" + encode("Strukturwandel Revier") + "&fundingArea=STRUCTURAL_CHANGE,ECONOMY");
  }

  private HttpRequest post(String uri, String body) {
    return HttpRequest.newBuilder(URI.create(uri))
        .header("Authorization", "Bearer " + TOKEN)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  private HttpRequest get(URI uri) {
    return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + TOKEN).GET().build();
  }

  private HttpResponse<String> send(HttpRequest request) throws Exception {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static double percentile(List<Double> sorted, int percent) {
    int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, index));
  }
}

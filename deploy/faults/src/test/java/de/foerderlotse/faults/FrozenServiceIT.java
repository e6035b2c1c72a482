package de.foerderlotse.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Experiment 5: municipality-service is frozen ({@code kill -STOP}) for 20 s while reads go through
 * the gateway, five a second; then {@code kill -CONT}.
 */
class FrozenServiceIT {

  private static final Duration FREEZE_AT = Duration.ofSeconds(5);
  private static final Duration FROZEN_FOR = Duration.ofSeconds(20);

  /** The gateway's read timeout (5 s) plus a margin for a loaded machine. */
  private static final Duration ANSWER_WITHIN = Duration.ofSeconds(7);

  /** One request as the client saw it; times in ms since the experiment began. */
  record Sample(long sentAt, long tookMs, int status, boolean retryAfter, boolean problem) {}

  @Test
  void gatewayAnswers503Or504InTimeWhileAServiceIsFrozenAndRecoversByItself() throws Exception {
    String token = FaultStack.token("coordinator");
    URI target = URI.create(FaultStack.url("gateway") + "/api/municipalities");
    long pid = FaultStack.pid("municipality");
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    List<Sample> samples = new CopyOnWriteArrayList<>();
    List<CompletableFuture<?>> pending = new CopyOnWriteArrayList<>();
    AtomicLong sent = new AtomicLong();
    AtomicLong resumedAt = new AtomicLong(-1);
    long begin = System.nanoTime();
    ScheduledExecutorService ticker = Executors.newScheduledThreadPool(2);
    ticker.scheduleAtFixedRate(
        () -> {
          sent.incrementAndGet();
          pending.add(send(http, target, token, begin, samples));
        },
        0,
        200,
        TimeUnit.MILLISECONDS);
    ticker.schedule(() -> signal("STOP", pid), FREEZE_AT.toMillis(), TimeUnit.MILLISECONDS);
    ticker.schedule(
        () -> {
          signal("CONT", pid);
          resumedAt.set(msSince(begin));
        },
        FREEZE_AT.plus(FROZEN_FOR).toMillis(),
        TimeUnit.MILLISECONDS);
    try {
      Awaitility.await()
          .atMost(FREEZE_AT.plus(FROZEN_FOR).plusSeconds(60))
          .pollInterval(Duration.ofMillis(200))
          .until(() -> firstOkAfter(samples, resumedAt.get()) > 0);
    } finally {
      ticker.shutdownNow();
      signal("CONT", pid);
    }
    CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

    long frozenFrom = FREEZE_AT.toMillis();
    long frozenTo = resumedAt.get();
    List<Sample> duringFreeze =
        samples.stream().filter(s -> s.sentAt() >= frozenFrom && s.sentAt() < frozenTo).toList();
    Map<Integer, Long> errors =
        samples.stream()
            .filter(s -> s.status() != 200)
            .collect(Collectors.groupingBy(Sample::status, Collectors.counting()));
    long recoveryMs = firstOkAfter(samples, frozenTo) - frozenTo;
    long slowest = duringFreeze.stream().mapToLong(Sample::tookMs).max().orElse(0);
    long withoutRetryAfter =
        samples.stream().filter(s -> s.status() >= 500 && !s.retryAfter()).count();
    new Figures(
            "5 municipality-service frozen 20 s",
            sent.get(),
            samples.size(),
            0,
            0,
            errors,
            Duration.ofMillis(recoveryMs),
            "slowest answer while frozen "
                + slowest
                + " ms, 5xx without Retry-After "
                + withoutRetryAfter)
        .print();

    assertThat(samples).hasSize((int) sent.get());
    assertThat(samples).allMatch(s -> List.of(200, 503, 504).contains(s.status()));
    assertThat(samples)
        .filteredOn(s -> s.status() != 200)
        .isNotEmpty()
        .allMatch(s -> s.retryAfter() && s.problem());
    assertThat(slowest).isLessThanOrEqualTo(ANSWER_WITHIN.toMillis());
    assertThat(recoveryMs).isLessThanOrEqualTo(60_000);
  }

  private static CompletableFuture<?> send(
      HttpClient http, URI target, String token, long begin, List<Sample> samples) {
    long sentAt = msSince(begin);
    HttpRequest request =
        HttpRequest.newBuilder(target)
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token)
            .GET()
            .build();
    return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
        .handle(
            (response, failure) -> {
              long took = msSince(begin) - sentAt;
              if (response == null) {
                samples.add(new Sample(sentAt, took, -1, false, false));
              } else {
                samples.add(
                    new Sample(
                        sentAt,
                        took,
                        response.statusCode(),
                        response.headers().firstValue("Retry-After").isPresent(),
                        response
                            .headers()
                            .firstValue("Content-Type")
                            .orElse("")
                            .startsWith("application/problem+json")));
              }
              return null;
            });
  }

  /** When the first 200 arrived for a request sent after {@code from}; 0 if none yet. */
  private static long firstOkAfter(List<Sample> samples, long from) {
    if (from < 0) {
      return 0;
    }
    return samples.stream()
        .filter(s -> s.status() == 200 && s.sentAt() >= from)
        .mapToLong(s -> s.sentAt() + s.tookMs())
        .min()
        .orElse(0);
  }

  private static long msSince(long begin) {
    return (System.nanoTime() - begin) / 1_000_000;
  }

  private static void signal(String signal, long pid) {
    try {
      Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).start();
      kill.waitFor(5, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("kill -" + signal + " " + pid + " failed", e);
    }
  }
}

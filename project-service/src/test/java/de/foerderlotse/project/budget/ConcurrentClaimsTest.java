package de.foerderlotse.project.budget;

import static de.foerderlotse.project.Fixtures.COORDINATOR;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.foerderlotse.infra.test.TestTokens;
import de.foerderlotse.project.Fixtures;
import de.foerderlotse.project.alert.AlertService;
import de.foerderlotse.project.alert.domain.AlertDraft;
import de.foerderlotse.project.alert.domain.AlertType;
import de.foerderlotse.project.alert.domain.Severity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Concurrent callers of "claim once, under a lock, then decide" (platform Claims). */
@QuarkusTest
class ConcurrentClaimsTest {

  private static final String NIDEGGEN = "05358028";
  private static final String HEIMBACH = "05358016";
  private static final int ROUNDS = 4;

  @Inject AlertService alerts;

  @Test
  void twoConcurrentSubmissionsThatOnlyTogetherExceedTheBudgetRaiseExactlyOneAlert()
      throws Exception {
    String nideggen = TestTokens.municipality("nideggen", NIDEGGEN);
    String heimbach = TestTokens.municipality("heimbach", HEIMBACH);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        // 300 000 + 300 000 against 500 000: each alone fits, together they do not.
        Fixtures.Programme programme =
            Fixtures.programme("HOUSING", "500000", LocalDate.now().plusMonths(2), "ANBEST_P");
        String first = apply(nideggen, NIDEGGEN, programme);
        String second = apply(heimbach, HEIMBACH, programme);
        CyclicBarrier start = new CyclicBarrier(2);
        Future<Integer> a = pool.submit(submit(start, nideggen, first));
        Future<Integer> b = pool.submit(submit(start, heimbach, second));
        a.get();
        b.get();

        Awaitility.await()
            .atMost(Duration.ofSeconds(20))
            .untilAsserted(() -> assertThat(budgetAlerts(programme.callId())).isEqualTo(1));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void concurrentRaisersOfOneAlertProduceExactlyOne() throws Exception {
    String dedupKey = "TEST:" + UUID.randomUUID();
    int callers = 8;
    CyclicBarrier start = new CyclicBarrier(callers);
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    try {
      List<Future<Boolean>> raised =
          IntStream.range(0, callers)
              .mapToObj(
                  i ->
                      pool.submit(
                          () -> {
                            start.await();
                            return QuarkusTransaction.requiringNew()
                                .call(() -> alerts.raise(draft(dedupKey)).isPresent());
                          }))
              .toList();
      long winners = 0;
      for (Future<Boolean> f : raised) {
        winners += f.get() ? 1 : 0;
      }
      assertThat(winners).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  private static AlertDraft draft(String dedupKey) {
    return new AlertDraft(
        AlertType.BUDGET_OVERSUBSCRIBED,
        Severity.INFO,
        List.of(NIDEGGEN),
        true,
        List.of(),
        "Testhinweis",
        dedupKey);
  }

  private static Callable<Integer> submit(CyclicBarrier start, String token, String id) {
    return () -> {
      start.await();
      return Fixtures.act(token, id, "submit", Map.of());
    };
  }

  private static String apply(String token, String ags, Fixtures.Programme programme) {
    UUID project = Fixtures.project(ags, "Wohnen am Markt", "HOUSING", "500000");
    return Fixtures.createApplication(
        token, Fixtures.applicationBody(project, programme, "300000"));
  }

  private static int budgetAlerts(UUID call) {
    return given()
        .auth()
        .oauth2(COORDINATOR)
        .get("/api/alerts?type=BUDGET_OVERSUBSCRIBED&subjectId=" + call)
        .then()
        .statusCode(200)
        .extract()
        .path("total");
  }
}

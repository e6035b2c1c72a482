package de.foerderlotse.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The full fuzz campaign (at least 10,000 malformed requests through the gateway and directly), run
 * only under {@code -Pbenchmark}; prints the figures the README quotes.
 */
class ApiFuzzBenchmark {

  @Test
  void tenThousandMalformedRequests() throws Exception {
    RunningSystem.get();
    FuzzFixture fixture = FuzzFixture.prepare();
    int requests = Integer.getInteger("fuzz.requests", 12_000);
    FuzzFixture.Outcome outcome = fixture.run(requests, 6, Long.getLong("fuzz.seed", 20261203L));

    assertThat(outcome.tally().sent()).isGreaterThanOrEqualTo(10_000);
    assertThat(outcome.tally().serverErrors()).as(outcome.figures()).isZero();
    assertThat(outcome.tally().clientErrorsWithoutProblem()).as(outcome.figures()).isZero();
    assertThat(outcome.tally().protocolClientErrorsWithoutProblem()).as(outcome.figures()).isZero();
    assertThat(outcome.tally().unanswered()).as(outcome.figures()).isZero();
    assertThat(outcome.readyAfter()).isTrue();
    assertThat(outcome.untargetedChanges()).isEmpty();
  }
}

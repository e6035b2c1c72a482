package de.foerderlotse.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A short property-based fuzz run driven by the OpenAPI documents of the gateway and each service:
 * malformed bodies, parameters, paths, headers and request lines, as real Keycloak users, through
 * the gateway and directly. {@code ApiFuzzBenchmark} runs the same campaign at full size.
 */
class ApiFuzzIT {

  private static FuzzFixture fixture;

  @BeforeAll
  static void prepare() throws Exception {
    RunningSystem.get();
    fixture = FuzzFixture.prepare();
  }

  @Test
  void malformedRequestsGetProblemDetailsAndHarmNoOtherTenant() throws Exception {
    FuzzFixture.Outcome outcome = fixture.run(1_000, 4, Long.getLong("fuzz.seed", 20261203L));

    assertThat(outcome.tally().sent()).isEqualTo(1_000);
    assertThat(outcome.tally().serverErrors()).as(outcome.figures()).isZero();
    assertThat(outcome.tally().clientErrorsWithoutProblem()).as(outcome.figures()).isZero();
    assertThat(outcome.tally().protocolClientErrorsWithoutProblem()).as(outcome.figures()).isZero();
    assertThat(outcome.tally().unanswered()).as(outcome.figures()).isZero();
    assertThat(outcome.readyAfter()).as("all services ready afterwards").isTrue();
    assertThat(outcome.untargetedChanges()).as("Jülich's data").isEmpty();
  }
}

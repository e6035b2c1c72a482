package de.foerderlotse.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

  private final AtomicLong now = new AtomicLong();
  private final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(10), now::get);

  @Test
  void opensAfterTheThresholdOfConsecutiveFailures() {
    breaker.failed();
    breaker.failed();
    assertThat(breaker.refusal()).isEmpty();

    breaker.failed();

    assertThat(breaker.refusal()).contains(Duration.ofSeconds(10));
  }

  @Test
  void aSuccessInBetweenStartsTheCountAgain() {
    breaker.failed();
    breaker.failed();
    breaker.succeeded();
    breaker.failed();
    breaker.failed();

    assertThat(breaker.refusal()).isEmpty();
  }

  @Test
  void letsExactlyOneTrialCallThroughOnceTheOpenTimeHasPassed() {
    open();
    now.addAndGet(Duration.ofSeconds(4).toNanos());
    assertThat(breaker.refusal()).contains(Duration.ofSeconds(6));

    now.addAndGet(Duration.ofSeconds(6).toNanos());

    assertThat(breaker.refusal()).isEmpty();
    assertThat(breaker.refusal()).isPresent();
  }

  @Test
  void closesWhenTheTrialCallSucceeds() {
    open();
    now.addAndGet(Duration.ofSeconds(10).toNanos());
    breaker.refusal();

    breaker.succeeded();

    assertThat(breaker.isOpen()).isFalse();
    assertThat(breaker.refusal()).isEmpty();
  }

  @Test
  void opensAgainForTheFullTimeWhenTheTrialCallFails() {
    open();
    now.addAndGet(Duration.ofSeconds(10).toNanos());
    breaker.refusal();

    breaker.failed();

    assertThat(breaker.refusal()).contains(Duration.ofSeconds(10));
  }

  private void open() {
    breaker.failed();
    breaker.failed();
    breaker.failed();
  }
}

package de.foerderlotse.gateway.routing;

import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Stops calling a service that keeps failing, so callers get an immediate 503 instead of waiting
 * for timeouts and the service gets room to recover. Closed: calls pass, consecutive failures are
 * counted. Open: calls are refused until {@code openDuration} has passed. Then exactly one trial
 * call passes (half-open): success closes the breaker, failure opens it again.
 */
public final class CircuitBreaker {

  private enum State {
    CLOSED,
    OPEN,
    HALF_OPEN
  }

  private final int failureThreshold;
  private final long openNanos;
  private final LongSupplier nanoTime;

  private State state = State.CLOSED;
  private int consecutiveFailures;
  private long openedAt;

  public CircuitBreaker(int failureThreshold, Duration openDuration, LongSupplier nanoTime) {
    this.failureThreshold = Math.max(1, failureThreshold);
    this.openNanos = openDuration.toNanos();
    this.nanoTime = nanoTime;
  }

  /**
   * Asks to make a call: empty when it may go ahead, otherwise how long the caller should wait
   * before trying again.
   */
  public synchronized Optional<Duration> refusal() {
    if (state == State.CLOSED) {
      return Optional.empty();
    }
    long waited = nanoTime.getAsLong() - openedAt;
    if (state == State.OPEN && waited >= openNanos) {
      state = State.HALF_OPEN;
      return Optional.empty();
    }
    // Open, or half-open with its one trial call still under way.
    return Optional.of(Duration.ofNanos(Math.max(0, openNanos - waited)));
  }

  public synchronized void succeeded() {
    state = State.CLOSED;
    consecutiveFailures = 0;
  }

  public synchronized void failed() {
    consecutiveFailures++;
    if (state == State.HALF_OPEN || consecutiveFailures >= failureThreshold) {
      state = State.OPEN;
      openedAt = nanoTime.getAsLong();
    }
  }

  public synchronized boolean isOpen() {
    return state != State.CLOSED;
  }
}

package de.foerderlotse.gateway.routing;

import java.time.Duration;
import java.util.Optional;

/**
 * A downstream service could not answer: unreachable or its circuit breaker open (503), too slow
 * (504) or broken (502).
 */
public class UpstreamFailure extends RuntimeException {

  private final int status;
  private final Duration retryAfter;

  public UpstreamFailure(int status, String detail, Throwable cause) {
    this(status, detail, cause, null);
  }

  public UpstreamFailure(int status, String detail, Throwable cause, Duration retryAfter) {
    super(detail, cause);
    this.status = status;
    this.retryAfter = retryAfter;
  }

  public int status() {
    return status;
  }

  /** When the caller may sensibly try again, if the gateway knows. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}

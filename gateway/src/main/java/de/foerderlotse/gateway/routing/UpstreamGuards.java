package de.foerderlotse.gateway.routing;

import de.foerderlotse.gateway.config.GatewayConfig;
import io.smallrye.faulttolerance.api.Guard;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * SmallRye Fault Tolerance around the calls to each service: one circuit breaker per service that
 * counts only upstream faults, and retries of requests that may safely be sent twice. The breaker
 * sits outside the retries, so one request counts once however often it was tried.
 */
final class UpstreamGuards {

  private final GatewayConfig.CircuitBreaker breakerConfig;
  private final Guard retrying;
  private final Map<String, Guard> breakers = new ConcurrentHashMap<>();

  UpstreamGuards(GatewayConfig config) {
    this.breakerConfig = config.circuitBreaker();
    this.retrying =
        Guard.create()
            .withRetry()
            .maxRetries(Math.max(0, config.retry().maxRetries()))
            .delay(config.retry().delay().toMillis(), ChronoUnit.MILLIS)
            .jitter(0, ChronoUnit.MILLIS)
            // A timeout is not retried: the service is busy, and a retry would only double the
            // wait.
            .whenException(e -> e instanceof UpstreamFailure failure && failure.status() != 504)
            .done()
            .build();
  }

  /** Calls the service through its breaker, with retries when {@code retried}. */
  <T> T call(String service, boolean retried, Callable<T> attempt, Class<T> type) {
    Callable<T> inner = retried ? () -> retrying.call(attempt, type) : attempt;
    try {
      return breakerOf(service).call(inner, type);
    } catch (CircuitBreakerOpenException e) {
      throw new UpstreamFailure(
          503,
          "Der zuständige Dienst ist gestört; Anfragen an ihn sind vorübergehend ausgesetzt.",
          null,
          breakerConfig.openDuration());
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private Guard breakerOf(String service) {
    return breakers.computeIfAbsent(
        service,
        name ->
            Guard.create()
                .withDescription("upstream " + name)
                .withCircuitBreaker()
                .requestVolumeThreshold(Math.max(1, breakerConfig.failureThreshold()))
                .failureRatio(1.0)
                .successThreshold(1)
                .delay(breakerConfig.openDuration().toMillis(), ChronoUnit.MILLIS)
                .when(UpstreamGuards::isUpstreamFault)
                .done()
                .build());
  }

  /** What the breaker counts: the service failed, not the client's request. */
  static boolean isUpstreamFault(Throwable e) {
    return e instanceof UpstreamFailure || e instanceof FaultyAnswer;
  }
}

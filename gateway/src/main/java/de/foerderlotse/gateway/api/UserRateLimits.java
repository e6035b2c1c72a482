package de.foerderlotse.gateway.api;

import de.foerderlotse.gateway.config.GatewayConfig;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.faulttolerance.api.Guard;
import io.smallrye.faulttolerance.api.RateLimitException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Per-user rate limit of the API (SmallRye Fault Tolerance rate limits, one per token subject), so
 * one token cannot exhaust a service for everyone else.
 */
@ApplicationScoped
public class UserRateLimits {

  private final GatewayConfig.RateLimit config;
  private final SecurityIdentity identity;
  private final Map<String, Guard> bySubject;

  public UserRateLimits(GatewayConfig config, SecurityIdentity identity) {
    this.config = config.rateLimit();
    this.identity = identity;
    int tracked = Math.max(1, this.config.trackedUsers());
    // Least recently active users are forgotten first, so memory stays bounded.
    this.bySubject =
        new LinkedHashMap<>(256, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Guard> eldest) {
            return size() > tracked;
          }
        };
  }

  /** Lets the current user's request pass, or throws {@link TooManyRequests}. */
  public void admit() {
    try {
      guardOf(subject()).call(() -> Boolean.TRUE, Boolean.class);
    } catch (RateLimitException e) {
      throw new TooManyRequests(Duration.ofMillis(Math.max(1000, e.getRetryAfterMillis())));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private String subject() {
    if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
      return token.getSubject();
    }
    return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
  }

  private synchronized Guard guardOf(String subject) {
    return bySubject.computeIfAbsent(
        subject,
        s ->
            Guard.create()
                .withRateLimit()
                .limit(Math.max(1, config.requests()))
                .window(config.window().toMillis(), ChronoUnit.MILLIS)
                .done()
                .build());
  }

  /** More requests than the limit allows; the client may try again after {@code retryAfter}. */
  public static class TooManyRequests extends RuntimeException {

    private final Duration retryAfter;

    TooManyRequests(Duration retryAfter) {
      super("rate limit", null, false, false);
      this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
      return retryAfter;
    }
  }
}

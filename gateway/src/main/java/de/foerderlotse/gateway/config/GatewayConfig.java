package de.foerderlotse.gateway.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/** Where the gateway sends each part of the API, and how long it waits. */
@ConfigMapping(prefix = "foerderlotse.gateway")
public interface GatewayConfig {

  /** Base URL of each downstream service by name, e.g. {@code funding=http://127.0.0.1:8081}. */
  Map<String, String> services();

  /**
   * First path segment below {@code /api} to the service that owns it, e.g. {@code
   * programmes=funding}.
   */
  Map<String, String> routes();

  /** How long to wait for a connection to a service before answering 503. */
  Duration connectTimeout();

  /** How long to wait for a service's answer to a write (POST, PUT, PATCH, DELETE) before 504. */
  Duration requestTimeout();

  /**
   * How long to wait for a service's answer to a read (GET, HEAD, OPTIONS) before 504: short, so a
   * hung service costs callers seconds, not the whole {@code request-timeout}.
   */
  @WithDefault("5s")
  Duration readTimeout();

  /** Read timeout per service name where one needs another than {@code read-timeout}. */
  Map<String, Duration> readTimeouts();

  /**
   * Request bodies up to this many bytes are held in memory, so an idempotent request can be
   * retried; larger ones are streamed to the service and never retried.
   */
  @WithDefault("65536")
  int replayableBodyLimit();

  /**
   * The largest request body each service accepts (its {@code quarkus.http.limits.max-body-size}),
   * by service name; the gateway answers 413 itself instead of sending a body the service refuses.
   */
  Map<String, MemorySize> bodyLimits();

  /** Retries of idempotent requests. */
  Retry retry();

  /** Requests per user (token subject) and window; more are answered 429. */
  RateLimit rateLimit();

  /** One circuit breaker per downstream service. */
  CircuitBreaker circuitBreaker();

  /** The live alert stream. */
  Alerts alerts();

  /** How the gateway keeps and streams alerts from {@code project.alert.v1}. */
  interface Alerts {

    /** How many of the latest alerts stay in memory for reconnecting clients (Last-Event-ID). */
    @WithDefault("1000")
    int retained();

    /**
     * How often an idle stream gets a comment line, so proxies keep it open and dead ones close.
     */
    @WithDefault("15s")
    Duration heartbeat();
  }

  /** Retries of idempotent requests (GET, HEAD, OPTIONS, PUT, DELETE) after a transport failure. */
  interface Retry {

    /** Further attempts after the first one fails to connect or gets a broken answer. */
    @WithDefault("2")
    int maxRetries();

    /** Pause before each further attempt, multiplied by the attempt number. */
    @WithDefault("100ms")
    Duration delay();
  }

  /** How many API requests one user may send to the gateway. */
  interface RateLimit {

    /** Requests one token subject may send within a window. */
    @WithDefault("600")
    int requests();

    /** The window the requests are counted in. */
    @WithDefault("1m")
    Duration window();

    /** How many users' counters stay in memory; the least recently active are forgotten. */
    @WithDefault("10000")
    int trackedUsers();
  }

  /** When the gateway stops calling a service that keeps failing. */
  interface CircuitBreaker {

    /**
     * Consecutive upstream faults (after retries) that open the breaker: 5xx answers, timeouts and
     * refused or broken connections. A 4xx the client caused never counts.
     */
    @WithDefault("5")
    int failureThreshold();

    /** How long an open breaker answers 503 at once before it lets one trial call through. */
    @WithDefault("10s")
    Duration openDuration();
  }
}

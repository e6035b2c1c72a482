package de.foerderlotse.gateway.config;

import io.smallrye.config.ConfigMapping;
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

  /** How long to wait for a service's answer before answering 504. */
  Duration requestTimeout();
}

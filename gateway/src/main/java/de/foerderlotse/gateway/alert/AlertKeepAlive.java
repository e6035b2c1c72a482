package de.foerderlotse.gateway.alert;

import de.foerderlotse.gateway.config.GatewayConfig;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Pings every open alert stream periodically; a failed ping is how a vanished client is noticed.
 */
@ApplicationScoped
public class AlertKeepAlive {

  private final Vertx vertx;
  private final AlertFeed feed;
  private final long intervalMillis;

  public AlertKeepAlive(Vertx vertx, AlertFeed feed, GatewayConfig config) {
    this.vertx = vertx;
    this.feed = feed;
    this.intervalMillis = Math.max(100, config.alerts().heartbeat().toMillis());
  }

  void start(@Observes StartupEvent started) {
    vertx.setPeriodic(intervalMillis, timer -> feed.keepAlive());
  }
}

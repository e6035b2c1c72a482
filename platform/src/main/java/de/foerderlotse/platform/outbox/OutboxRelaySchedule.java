package de.foerderlotse.platform.outbox;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

/**
 * Runs the outbox relay every {@code foerderlotse.outbox.relay-interval}, but only once start-up is
 * complete: on a slow start the first runs would otherwise race the wiring of the messaging
 * channels and fail until it is done. The relay (a client proxy) is created on first use.
 */
@ApplicationScoped
public class OutboxRelaySchedule {

  private final OutboxRelay relay;
  private volatile boolean started;

  public OutboxRelaySchedule(OutboxRelay relay) {
    this.relay = relay;
  }

  void onStart(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER + 500) StartupEvent event) {
    started = true;
  }

  @Scheduled(
      identity = "outbox-relay",
      every = "${foerderlotse.outbox.relay-interval:1s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void relay() {
    if (started) {
      relay.relayPending();
    }
  }
}

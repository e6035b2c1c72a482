package de.foerderlotse.platform.outbox;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Safety net of the relay: every {@code foerderlotse.outbox.relay-interval} it asks for a pass, in
 * case a wake-up was lost (an instance died between commit and relay, or the leader changed).
 * Normal traffic is relayed right after its commit by {@link OutboxWakeUp}.
 */
@ApplicationScoped
public class OutboxRelaySchedule {

  private final OutboxWakeUp wakeUp;

  public OutboxRelaySchedule(OutboxWakeUp wakeUp) {
    this.wakeUp = wakeUp;
  }

  @Scheduled(
      identity = "outbox-relay",
      every = "${foerderlotse.outbox.relay-interval:1s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void relay() {
    wakeUp.request();
  }
}

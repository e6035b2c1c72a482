package de.foerderlotse.platform.outbox;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The one way into the outbox relay of this instance: commits of outbox rows, notifications from
 * other instances and the safety-net poll all ask for a pass here. Passes run one at a time on a
 * single thread, so one instance never relays concurrently; requests that arrive while a pass waits
 * to start are folded into it, and a request during a running pass queues exactly one more pass.
 */
@ApplicationScoped
public class OutboxWakeUp {

  private final OutboxRelay relay;
  private final AtomicBoolean queued = new AtomicBoolean();

  /** Pause before asking again when another instance's relay held the leader lock. */
  private static final long LOCK_RETRY_MILLIS = 25;

  private final ScheduledExecutorService worker =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "outbox-relay");
            thread.setDaemon(true);
            return thread;
          });
  private volatile boolean started;

  public OutboxWakeUp(OutboxRelay relay) {
    this.relay = relay;
  }

  // Before start-up completes the messaging channels may not be wired yet; the first pass follows.
  void onStart(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER + 500) StartupEvent event) {
    started = true;
    request();
  }

  /** Asks for a relay pass soon; returns at once and never relays on the caller's thread. */
  public void request() {
    if (!started || !queued.compareAndSet(false, true)) {
      return;
    }
    try {
      worker.execute(this::pass);
    } catch (RejectedExecutionException shuttingDown) {
      queued.set(false);
    }
  }

  private void pass() {
    // Cleared before relaying: rows committed during this pass ask for the next one.
    queued.set(false);
    if (relay.relayPending()) {
      // The leader claimed its batch before our commit may have been visible; look again.
      retryLater();
    }
  }

  private void retryLater() {
    try {
      worker.schedule(this::request, LOCK_RETRY_MILLIS, TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException shuttingDown) {
      // Stopping: the next instance's poll picks the rows up.
    }
  }

  @PreDestroy
  void stop() {
    worker.shutdownNow();
  }
}

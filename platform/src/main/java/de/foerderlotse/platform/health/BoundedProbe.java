package de.foerderlotse.platform.health;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * Runs one readiness probe on a thread of its own and waits for it only so long: a dependency that
 * hangs (a dead connection, a broker that does not answer) makes the probe DOWN in time instead of
 * holding up {@code /q/health/ready}. A probe still hanging from an earlier call is not started
 * again, so hung probes never pile up.
 */
final class BoundedProbe implements AutoCloseable {

  private final String name;
  private final Duration timeout;
  private final ExecutorService thread;
  private Future<Map<String, Object>> running;

  BoundedProbe(String name, Duration timeout) {
    this.name = name;
    this.timeout = timeout;
    this.thread =
        Executors.newSingleThreadExecutor(
            task -> {
              Thread t = new Thread(task, "readiness-" + name);
              t.setDaemon(true);
              return t;
            });
  }

  /** UP with the probe's data when it returns in time, else DOWN with the reason. */
  synchronized HealthCheckResponse call(Callable<Map<String, Object>> probe) {
    HealthCheckResponseBuilder response = HealthCheckResponse.named(name);
    if (running != null && !running.isDone()) {
      return response.down().withData("reason", "earlier probe still waiting").build();
    }
    running = thread.submit(probe);
    try {
      Map<String, Object> data = running.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      data.forEach((key, value) -> response.withData(key, String.valueOf(value)));
      return response.up().build();
    } catch (TimeoutException e) {
      return response
          .down()
          .withData("reason", "no answer within " + timeout.toMillis() + " ms")
          .build();
    } catch (ExecutionException e) {
      return response.down().withData("reason", String.valueOf(e.getCause().getMessage())).build();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return response.down().withData("reason", "interrupted").build();
    }
  }

  @Override
  public void close() {
    thread.shutdownNow();
  }
}

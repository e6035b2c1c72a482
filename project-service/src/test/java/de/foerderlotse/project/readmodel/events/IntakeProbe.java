package de.foerderlotse.project.readmodel.events;

import com.fasterxml.jackson.databind.JsonNode;
import de.foerderlotse.platform.events.EventIntake;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * A consumer on a test topic whose effect hits a real PostgreSQL statement timeout on its first
 * {@code transientFailures} attempts, to show what the platform intake does with it.
 */
@ApplicationScoped
public class IntakeProbe {

  static final String TOPIC = "test.intake-probe.v1";

  private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
  private final Set<String> applied = ConcurrentHashMap.newKeySet();

  private final EventIntake intake;
  private final EntityManager entityManager;

  public IntakeProbe(EventIntake intake, EntityManager entityManager) {
    this.intake = intake;
    this.entityManager = entityManager;
  }

  /** Whether the effect for {@code key} committed (methods, since tests see a client proxy). */
  public boolean applied(String key) {
    return applied.contains(key);
  }

  public int attempts(String key) {
    AtomicInteger count = attempts.get(key);
    return count == null ? 0 : count.get();
  }

  @Incoming("intake-probe")
  @Blocking
  public CompletionStage<Void> consume(Message<String> message) {
    return intake.apply(
        message,
        "test.intake-probe",
        payload -> {
          JsonNode event = intake.parse(payload, JsonNode.class);
          String key = event.get("key").asText();
          int attempt = attempts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
          if (attempt <= event.path("transientFailures").asInt()) {
            entityManager.createNativeQuery("set local statement_timeout = 20").executeUpdate();
            entityManager.createNativeQuery("select pg_sleep(1)").getResultList();
          }
          applied.add(key);
        });
  }
}

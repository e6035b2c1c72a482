package de.foerderlotse.project.readmodel.events;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import org.awaitility.Awaitility;

/** Waits until a consumer recorded an event id, i.e. its transaction committed. */
final class ProcessedEventWait {

  private ProcessedEventWait() {}

  static void until(EntityManager entityManager, String eventId) {
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> QuarkusTransaction.requiringNew().call(() -> recorded(entityManager, eventId)));
  }

  private static boolean recorded(EntityManager entityManager, String eventId) {
    Number count =
        (Number)
            entityManager
                .createNativeQuery("select count(*) from processed_event where event_id = :id")
                .setParameter("id", eventId)
                .getSingleResult();
    return count.longValue() > 0;
  }
}

package de.foerderlotse.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Log of the CloudEvents ids a consumer has applied. Recording the id in the same transaction as
 * the effect makes re-delivery harmless; the table is created by each consuming service's Flyway
 * migration.
 */
@ApplicationScoped
public class ProcessedEvents {

  private final EntityManager entityManager;

  public ProcessedEvents(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /**
   * Records that {@code consumer} handles the event now.
   *
   * @return {@code true} on the first delivery, {@code false} when the event was applied before
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean recordFirstDelivery(String consumer, String eventId) {
    int inserted =
        entityManager
            .createNativeQuery(
                "insert into processed_event (consumer, event_id, processed_at)"
                    + " values (:consumer, :eventId, now()) on conflict do nothing")
            .setParameter("consumer", consumer)
            .setParameter("eventId", eventId)
            .executeUpdate();
    return inserted == 1;
  }
}

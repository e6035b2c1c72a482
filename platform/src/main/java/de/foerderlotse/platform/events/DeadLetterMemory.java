package de.foerderlotse.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * Remembers each record sent to the dead-letter topic by its position in the source topic (offsets
 * survive compaction), so reading a compacted topic again, as a rebuild of a read model does, skips
 * the record instead of dead-lettering it a second time. The table {@code dead_lettered_record} is
 * created by each consuming service's Flyway migration.
 */
@ApplicationScoped
public class DeadLetterMemory {

  /** Where a record sits in its source topic. */
  public record Position(String topic, int partition, long offset) {

    @Override
    public String toString() {
      return topic + "/" + partition + "/" + offset;
    }
  }

  private final EntityManager entityManager;
  private final Clock clock;

  public DeadLetterMemory(EntityManager entityManager, Clock clock) {
    this.entityManager = entityManager;
    this.clock = clock;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public boolean isRecorded(Position position) {
    return !entityManager
        .createNativeQuery(
            "select 1 from dead_lettered_record"
                + " where topic = :topic and kafka_partition = :partition and kafka_offset = :offset")
        .setParameter("topic", position.topic())
        .setParameter("partition", position.partition())
        .setParameter("offset", position.offset())
        .getResultList()
        .isEmpty();
  }

  /** Records the position once; a second call for it changes nothing. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void remember(Position position, String key, String reason) {
    entityManager
        .createNativeQuery(
            "insert into dead_lettered_record"
                + " (topic, kafka_partition, kafka_offset, record_key, reason, recorded_at)"
                + " values (:topic, :partition, :offset, :key, :reason, :at) on conflict do nothing")
        .setParameter("topic", position.topic())
        .setParameter("partition", position.partition())
        .setParameter("offset", position.offset())
        .setParameter("key", key)
        .setParameter("reason", reason == null ? "" : reason)
        .setParameter("at", Instant.now(clock))
        .executeUpdate();
  }

  /** Forgets a position, so a replay that succeeded is applied again by a later rebuild. */
  @Transactional(Transactional.TxType.REQUIRED)
  public void forget(Position position) {
    entityManager
        .createNativeQuery(
            "delete from dead_lettered_record"
                + " where topic = :topic and kafka_partition = :partition and kafka_offset = :offset")
        .setParameter("topic", position.topic())
        .setParameter("partition", position.partition())
        .setParameter("offset", position.offset())
        .executeUpdate();
  }
}

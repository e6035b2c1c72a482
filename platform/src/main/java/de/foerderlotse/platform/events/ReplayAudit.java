package de.foerderlotse.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/** Who replayed which dead-lettered record, and what became of it. */
@ApplicationScoped
public class ReplayAudit {

  private final EntityManager entityManager;
  private final Clock clock;

  public ReplayAudit(EntityManager entityManager, Clock clock) {
    this.entityManager = entityManager;
    this.clock = clock;
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void record(String deadLetterTopic, DeadLetterReplay.Replayed replayed, String actor) {
    entityManager
        .createNativeQuery(
            "insert into dead_letter_replay_audit (dead_letter_topic, topic, kafka_partition,"
                + " kafka_offset, record_key, outcome, reason, actor, acted_at) values (:dlq,"
                + " :topic, :partition, :offset, :key, :outcome, :reason, :actor, :at)")
        .setParameter("dlq", deadLetterTopic)
        .setParameter("topic", replayed.topic())
        .setParameter("partition", replayed.partition())
        .setParameter("offset", replayed.offset())
        .setParameter("key", replayed.key())
        .setParameter("outcome", replayed.outcome())
        .setParameter("reason", replayed.reason())
        .setParameter("actor", actor)
        .setParameter("at", Instant.now(clock))
        .executeUpdate();
  }
}

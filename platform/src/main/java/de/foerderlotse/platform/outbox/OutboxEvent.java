package de.foerderlotse.platform.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An integration event stored in the same transaction as the change that caused it, waiting to be
 * relayed to Kafka. The table is created by each service's own Flyway migration.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

  /** Insertion order; the relay publishes in this order so per-key ordering holds. */
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long seq;

  /** CloudEvents {@code id}; consumers de-duplicate on it. */
  @Column(name = "event_id", nullable = false, unique = true)
  public UUID eventId;

  @Column(nullable = false)
  public String topic;

  /** Kafka record key and CloudEvents {@code subject}: the aggregate id. */
  @Column(name = "aggregate_id", nullable = false)
  public String aggregateId;

  /** CloudEvents {@code type}, e.g. {@code de.foerderlotse.programme.changed.v1}. */
  @Column(nullable = false)
  public String type;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false, columnDefinition = "jsonb")
  public String payload;

  @Column(name = "occurred_at", nullable = false)
  public Instant occurredAt;

  @Column(name = "published_at")
  public Instant publishedAt;

  @Column(nullable = false)
  public int attempts;

  /** When the relay gave up on this row; parked rows wait for an administrator. */
  @Column(name = "parked_at")
  public Instant parkedAt;

  /** The reason of the last failed send. */
  @Column(name = "last_error")
  public String lastError;
}

package de.foerderlotse.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the transactional outbox relay. */
@ConfigMapping(prefix = "foerderlotse.outbox")
public interface OutboxConfig {

  /**
   * CloudEvents {@code source} of every event this service publishes, e.g. {@code
   * /funding-service}.
   */
  String source();

  /**
   * How often the relay looks for committed events that still wait for Kafka, as a safety net: a
   * commit that wrote outbox rows wakes the relay at once.
   */
  @WithDefault("5s")
  Duration relayInterval();

  /** Most events claimed and published in one transaction. */
  @WithDefault("200")
  int batchSize();

  /**
   * How long the relay waits for the broker's acknowledgements of one batch before retrying later.
   */
  @WithDefault("30s")
  Duration sendTimeout();

  /**
   * Failed sends after which a row that the broker refuses for good (too large, cannot be
   * serialised) is parked, so the rows after it keep flowing.
   */
  @WithDefault("10")
  int maxAttempts();
}

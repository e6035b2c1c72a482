package de.foerderlotse.platform.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

/** Topics a service owns and creates at start-up. */
@ConfigMapping(prefix = "foerderlotse.kafka")
public interface TopicsConfig {

  /**
   * Topic name to cleanup policy ({@code compact} for aggregate topics, {@code delete} for
   * streams).
   */
  Map<String, String> topics();

  /**
   * Partitions of each created topic; more partitions let more consumer instances share the work.
   */
  @WithDefault("3")
  int partitions();

  /** Replicas of each created topic: 1 on a single local broker, 3 in a cluster. */
  @WithDefault("1")
  short replicationFactor();
}

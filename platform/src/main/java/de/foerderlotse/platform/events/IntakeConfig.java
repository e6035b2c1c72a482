package de.foerderlotse.platform.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How a consumer waits out a transient failure before applying the same record again. */
@ConfigMapping(prefix = "foerderlotse.intake")
public interface IntakeConfig {

  /** Pause before the first retry; it doubles on each further failure. */
  @WithDefault("200ms")
  Duration retryInitial();

  /** Longest pause between two retries. */
  @WithDefault("10s")
  Duration retryMax();
}

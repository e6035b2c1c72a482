package de.foerderlotse.platform.health;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long the readiness checks of the database and the broker may take. */
@ConfigMapping(prefix = "foerderlotse.readiness")
public interface ReadinessConfig {

  /** Longest wait for one dependency; {@code /q/health/ready} answers within about this. */
  @WithDefault("700ms")
  Duration timeout();
}

package de.foerderlotse.municipality.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** Which municipalities this installation serves. */
@ConfigMapping(prefix = "foerderlotse.municipalities")
public interface MunicipalityConfig {

  /**
   * Municipality lists seeded at start-up: file paths, or names of lists shipped on the classpath
   * (the Destatis extracts of {@code deploy/data}).
   */
  @WithDefault("kreis_dueren_municipalities.csv")
  List<String> seed();

  /** Municipalities whose centroids lie at most this far apart count as neighbours. */
  @WithDefault("12")
  double neighbourDistanceKm();

  /** The county (Kreis) whose funding management coordinates; added as a tenant of its own. */
  Optional<County> county();

  /** The county tenant: it receives county-wide alerts in its own inbox. */
  interface County {

    /** The county's AGS, e.g. 05358000. */
    String ags();

    /** The county's name, e.g. "Kreis Düren". */
    String name();
  }
}

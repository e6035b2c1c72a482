package de.foerderlotse.project.conflict;

import de.foerderlotse.conflict.engine.ConflictScorer;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The pure scorer with the configured rules. */
public class ScorerProducer {

  @Produces
  @Singleton
  ConflictScorer scorer(ConflictConfig config) {
    return new ConflictScorer(config.rules());
  }
}

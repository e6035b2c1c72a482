package de.foerderlotse.conflict.engine.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import de.foerderlotse.conflict.engine.ConflictProfile;
import de.foerderlotse.conflict.engine.ConflictScorer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * CPU time of scoring one candidate pair (the engine's share of the service's detection time):
 * every labelled pair assessed 40 times, the last 20 rounds measured as thread CPU time so that
 * other load on the machine does not count.
 */
class EngineScoringBenchmark {

  private static final int WARM_UP = 20;
  private static final int MEASURED = 20;

  @Test
  void scoresOnePairInMicroseconds() throws Exception {
    List<ConflictProfile[]> pairs = new ArrayList<>();
    for (var p : EvalPairs.load(EvalPairs.source())) {
      pairs.add(new ConflictProfile[] {p.a().profile(p.id() + "/a"), p.b().profile(p.id() + "/b")});
    }
    ConflictScorer scorer = new ConflictScorer(ModelTraining.RULES);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long flagged = 0;
    long cpu = 0;
    for (int round = 0; round < WARM_UP + MEASURED; round++) {
      long start = threads.getCurrentThreadCpuTime();
      for (ConflictProfile[] pair : pairs) {
        flagged += scorer.assess(pair[0], pair[1]).isPresent() ? 1 : 0;
      }
      if (round >= WARM_UP) {
        cpu += threads.getCurrentThreadCpuTime() - start;
      }
    }
    double perPair = cpu / 1000.0 / ((double) MEASURED * pairs.size());
    System.out.printf(
        Locale.ROOT,
        "%n=== engine scoring ===%n%d pairs x %d rounds: %.1f us CPU per pair (assess:"
            + " gate, features, model, explanation)%n",
        pairs.size(),
        MEASURED,
        perPair);
    assertThat(flagged).isPositive();
  }
}

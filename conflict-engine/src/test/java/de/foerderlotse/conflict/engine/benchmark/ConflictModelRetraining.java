package de.foerderlotse.conflict.engine.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import de.foerderlotse.conflict.engine.ConflictModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The retraining command (run only with {@code -Pretrain}, see README): fits the model on the
 * development split plus optional coordinator feedback ({@code -Dfeedback=labels.jsonl}, lines in
 * the pairs schema as GET /api/conflicts/labels exports them), prints the bundled and the new model
 * on the frozen test split, and writes the new model file only with {@code -Dwrite=true}.
 */
class ConflictModelRetraining {

  @Test
  void fitsOnDevelopmentAndFeedbackAndComparesOnTheFrozenTestSplit() throws IOException {
    List<EvalPairs.Pair> pairs = EvalPairs.load(EvalPairs.source());
    List<EvalPairs.Pair> training = new ArrayList<>(EvalPairs.split(pairs, "dev"));
    String feedback = System.getProperty("feedback", "");
    int feedbackLines = 0;
    if (!feedback.isBlank() && !feedback.startsWith("${")) {
      List<EvalPairs.Pair> labels = EvalPairs.loadFile(Path.of(feedback));
      feedbackLines = labels.size();
      training.addAll(labels);
    }
    ConflictModel fitted = ModelTraining.fit(training, EvalPairs.hash(training));
    assertThat(fitted.threshold()).isBetween(0.0, 1.0);
    var test = ConflictQualityBenchmark.clear(EvalPairs.split(pairs, "test"));
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%n=== conflict model retraining ===%ntraining: %d dev pairs + %d feedback lines,"
                + " sha256 %s, threshold %.2f (5-fold out-of-fold F1 on the training pairs)%n"
                + "frozen test split: %d pairs without debatable ones%n",
            training.size() - feedbackLines,
            feedbackLines,
            fitted.trainingSet(),
            fitted.threshold(),
            test.size()));
    double[] oof = ModelTraining.outOfFoldFigures(training);
    out.append(
        String.format(
            Locale.ROOT,
            "5-fold out-of-fold on the training pairs: precision %.3f recall %.3f F1 %.3f%n",
            oof[0],
            oof[1],
            oof[2]));
    out.append(Metrics.header());
    if (Boolean.getBoolean("devOnly")) {
      test = List.of();
      out.append("  (-DdevOnly=true: test split not shown)\n");
    }
    try {
      ConflictModel bundled = ConflictModel.bundled();
      out.append(Metrics.row("bundled model", ConflictQualityBenchmark.model(test, bundled)));
    } catch (IllegalStateException e) {
      out.append("  bundled model unusable: ").append(e.getMessage()).append('\n');
    }
    out.append(Metrics.row("new model", ConflictQualityBenchmark.model(test, fitted)));
    String text =
        fitted.format(
            "Conflict model of conflict-engine (logistic regression, L2 lambda "
                + ModelTraining.LAMBDA
                + ").\nWritten by: ./mvnw -B -pl conflict-engine -am verify -Pretrain -Dwrite=true"
                + (feedbackLines > 0 ? " -Dfeedback=" + Path.of(feedback).getFileName() : "")
                + "\nTraining pairs: "
                + training.size()
                + " (split dev"
                + (feedbackLines > 0 ? " + " + feedbackLines + " feedback lines" : "")
                + ").");
    out.append(text);
    if (Boolean.parseBoolean(System.getProperty("write", "false"))) {
      Path file = Path.of(System.getProperty("modelFile"));
      Files.writeString(file, text);
      out.append("written to ").append(file).append('\n');
    } else {
      out.append("not written (add -Dwrite=true to replace the bundled model)\n");
    }
    System.out.println(out);
  }
}

package de.foerderlotse.conflict.engine.benchmark;

import de.foerderlotse.conflict.engine.ConflictModel;
import de.foerderlotse.conflict.engine.ConflictScorer;
import de.foerderlotse.conflict.engine.LogisticFit;
import de.foerderlotse.conflict.engine.PairFeatures;
import de.foerderlotse.conflict.engine.ScoringRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fits the conflict model on labelled pairs: the features of every pair that passes the scorer's
 * structural gate, an L2-regularised logistic regression, and the threshold of the best F1 on
 * 5-fold out-of-fold probabilities of the same pairs (so the threshold is not chosen in-sample).
 */
final class ModelTraining {

  static final double LAMBDA = 1.0;
  private static final int FOLDS = 5;
  static final ScoringRules RULES =
      new ScoringRules(
          25,
          0,
          0,
          0,
          0.3,
          0.1,
          new ScoringRules.Weights(0, 0, 0, 0, 0, 0),
          new ScoringRules.Threshold(0, 0),
          new ScoringRules.Threshold(0, 0),
          new ScoringRules.Threshold(0, 0));

  private ModelTraining() {}

  /** One pair as the model sees it: its features (null if the gate rules it out) and label. */
  record Row(EvalPairs.Pair pair, double[] features, String kind) {}

  static List<Row> rows(List<EvalPairs.Pair> pairs) {
    ConflictScorer scorer = new ConflictScorer(RULES, placeholder());
    List<Row> rows = new ArrayList<>();
    for (EvalPairs.Pair p : pairs) {
      var e = scorer.evaluate(p.a().profile(p.id() + "/a"), p.b().profile(p.id() + "/b"));
      rows.add(
          new Row(
              p,
              e.map(x -> x.features().values()).orElse(null),
              e.map(x -> x.kind().name()).orElse("NONE")));
    }
    return rows;
  }

  static ConflictModel fit(List<EvalPairs.Pair> pairs, String trainingSet) {
    List<Row> rows = rows(pairs.stream().filter(p -> !p.isDebatable()).toList());
    double[] oof = outOfFold(rows, trainingSet);
    return model(weights(rows), bestThreshold(rows, oof), trainingSet);
  }

  /**
   * Precision, recall and F1 of 5-fold out-of-fold probabilities at the threshold chosen on them:
   * the development split's estimate of how the model does on pairs it was not fitted on.
   */
  static double[] outOfFoldFigures(List<EvalPairs.Pair> pairs) {
    List<Row> rows = rows(pairs.stream().filter(p -> !p.isDebatable()).toList());
    double[] oof = outOfFold(rows, "oof");
    double threshold = bestThreshold(rows, oof);
    int tp = 0, fp = 0, fn = 0;
    for (int i = 0; i < rows.size(); i++) {
      boolean flagged = oof[i] >= threshold;
      boolean truth = rows.get(i).pair().conflict();
      tp += flagged && truth ? 1 : 0;
      fp += flagged && !truth ? 1 : 0;
      fn += !flagged && truth ? 1 : 0;
    }
    double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    return new double[] {precision, recall, 2.0 * tp / (2.0 * tp + fp + fn), threshold};
  }

  private static double[] outOfFold(List<Row> rows, String trainingSet) {
    double[] oof = new double[rows.size()];
    for (int fold = 0; fold < FOLDS; fold++) {
      List<Row> train = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        if (i % FOLDS != fold) {
          train.add(rows.get(i));
        }
      }
      ConflictModel partial = model(weights(train), 0.5, trainingSet);
      for (int i = fold; i < rows.size(); i += FOLDS) {
        double[] x = rows.get(i).features();
        oof[i] = x == null ? 0 : partial.probability(x);
      }
    }
    return oof;
  }

  private static double[] weights(List<Row> rows) {
    List<double[]> xs = new ArrayList<>();
    List<Boolean> ys = new ArrayList<>();
    for (Row r : rows) {
      if (r.features() != null) {
        xs.add(r.features());
        ys.add(r.pair().conflict());
      }
    }
    return LogisticFit.fit(xs, ys, LAMBDA);
  }

  /** The threshold of the best F1 for "is a conflict" (kind right), ties to the higher one. */
  static double bestThreshold(List<Row> rows, double[] probabilities) {
    double best = 0.5;
    double bestF1 = -1;
    for (int t = 5; t <= 95; t++) {
      double threshold = t / 100.0;
      int tp = 0, fp = 0, fn = 0;
      for (int i = 0; i < rows.size(); i++) {
        boolean flagged = probabilities[i] >= threshold;
        boolean truth = rows.get(i).pair().conflict();
        tp += flagged && truth ? 1 : 0;
        fp += flagged && !truth ? 1 : 0;
        fn += !flagged && truth ? 1 : 0;
      }
      double f1 = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
      if (f1 >= bestF1) {
        bestF1 = f1;
        best = threshold;
      }
    }
    return best;
  }

  private static ConflictModel model(double[] w, double threshold, String trainingSet) {
    return new ConflictModel(
        PairFeatures.NAMES,
        Arrays.copyOf(w, w.length - 1),
        w[w.length - 1],
        threshold,
        trainingSet);
  }

  /** Any model: the gate and the features do not depend on the weights. */
  static ConflictModel placeholder() {
    return new ConflictModel(
        PairFeatures.NAMES, new double[PairFeatures.NAMES.size()], 0, 0.5, "none");
  }
}

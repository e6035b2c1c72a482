package de.foerderlotse.conflict.engine.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import de.foerderlotse.conflict.engine.ConflictModel;
import de.foerderlotse.conflict.engine.ConflictScorer;
import de.foerderlotse.conflict.engine.GeoDistance;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * Not a test but a measurement, run only with {@code -Pbenchmark} (see README): precision, recall
 * and F1 of "is a conflict" with bootstrap intervals, kind accuracy, and calibration of the bundled
 * model on the frozen test split, next to a character 3-gram TF-IDF and a BM25 baseline, each at
 * its best development threshold; the development figures too. Debatable pairs are counted apart.
 */
class ConflictQualityBenchmark {

  @Test
  void measuresModelAndBaselinesOnTheFrozenTestSplit() throws IOException {
    String source = EvalPairs.source();
    List<EvalPairs.Pair> pairs = EvalPairs.load(source);
    assertThat(pairs).isNotEmpty();
    List<EvalPairs.Pair> dev = EvalPairs.split(pairs, "dev");
    List<EvalPairs.Pair> test = EvalPairs.split(pairs, "test");
    ConflictModel model = ConflictModel.bundled();
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%n=== conflict-engine quality (%s) ===%nset %s: %d pairs, dev %d, test %d,"
                + " debatable %d; splits from the file: %s%nmodel: threshold %.2f, trained on %s%n",
            LocalDate.now(),
            source,
            pairs.size(),
            dev.size(),
            test.size(),
            pairs.stream().filter(EvalPairs.Pair::isDebatable).count(),
            pairs.stream().allMatch(p -> p.split() != null),
            model.threshold(),
            model.trainingSet()));

    List<String> devTexts = new ArrayList<>();
    dev.forEach(p -> devTexts.addAll(List.of(p.a().text(), p.b().text())));
    NgramTfIdfBaseline tfidf = new NgramTfIdfBaseline(devTexts);
    Bm25Baseline bm25 = new Bm25Baseline(devTexts);
    ToDoubleFunction<EvalPairs.Pair> tfidfScore = p -> tfidf.cosine(p.a().text(), p.b().text());
    ToDoubleFunction<EvalPairs.Pair> bm25Score = p -> bm25.similarity(p.a().text(), p.b().text());
    double tfidfThreshold = bestDevThreshold(clear(dev), tfidfScore);
    double bm25Threshold = bestDevThreshold(clear(dev), bm25Score);

    boolean devOnly = Boolean.getBoolean("devOnly");
    for (String split : devOnly ? List.of("dev") : List.of("test", "dev")) {
      List<EvalPairs.Pair> half = split.equals("test") ? test : dev;
      List<EvalPairs.Pair> clear = clear(half);
      List<Metrics.Prediction> predictions = model(clear, model);
      out.append(
          String.format(
              Locale.ROOT,
              "%n--- %s split: %d pairs without the debatable ones (%s) ---%n",
              split,
              clear.size(),
              counts(clear)));
      out.append(Metrics.header());
      out.append(Metrics.row("model (logistic regression)", predictions));
      out.append(
          Metrics.row(
              String.format(Locale.ROOT, "TF-IDF char 3-gram (t=%.2f)", tfidfThreshold),
              baseline(clear, tfidfScore, tfidfThreshold)));
      out.append(
          Metrics.row(
              String.format(Locale.ROOT, "BM25 (t=%.2f)", bm25Threshold),
              baseline(clear, bm25Score, bm25Threshold)));
      out.append("  reliability of the model's probability (10 bins):\n");
      out.append(Metrics.reliability(predictions));
      List<EvalPairs.Pair> debatable = half.stream().filter(EvalPairs.Pair::isDebatable).toList();
      long flagged = model(debatable, model).stream().filter(Metrics.Prediction::flagged).count();
      out.append(
          String.format(
              Locale.ROOT,
              "  debatable pairs: %d (labelled conflict %d), flagged by the model %d%n",
              debatable.size(),
              debatable.stream().filter(EvalPairs.Pair::conflict).count(),
              flagged));
      if (split.equals("dev")) {
        out.append("  dev errors of the model:\n");
        for (int i = 0; i < clear.size(); i++) {
          Metrics.Prediction p = predictions.get(i);
          if (!p.predicted().equals(p.expected())) {
            out.append(
                String.format(
                    Locale.ROOT,
                    "    %s expected %s got %s p=%.2f | %s | %s%n",
                    clear.get(i).id(),
                    p.expected(),
                    p.predicted(),
                    p.probability(),
                    clear.get(i).a().title(),
                    clear.get(i).b().title()));
          }
        }
      }
    }
    System.out.println(out);
  }

  static List<EvalPairs.Pair> clear(List<EvalPairs.Pair> pairs) {
    return pairs.stream().filter(p -> !p.isDebatable()).toList();
  }

  static List<Metrics.Prediction> model(List<EvalPairs.Pair> pairs, ConflictModel model) {
    ConflictScorer scorer = new ConflictScorer(ModelTraining.RULES, model);
    List<Metrics.Prediction> predictions = new ArrayList<>();
    for (EvalPairs.Pair p : pairs) {
      var e = scorer.evaluate(p.a().profile(p.id() + "/a"), p.b().profile(p.id() + "/b"));
      double probability = e.map(ConflictScorer.Assessment::probability).orElse(0.0);
      String predicted =
          e.filter(x -> x.probability() >= model.threshold())
              .map(x -> x.kind().name())
              .orElse("NONE");
      predictions.add(new Metrics.Prediction(p.expected(), predicted, probability));
    }
    return predictions;
  }

  private static List<Metrics.Prediction> baseline(
      List<EvalPairs.Pair> pairs, ToDoubleFunction<EvalPairs.Pair> score, double threshold) {
    List<Metrics.Prediction> predictions = new ArrayList<>();
    for (EvalPairs.Pair p : pairs) {
      double s = score.applyAsDouble(p);
      String predicted = s >= threshold ? routeByLabelRules(p, 25) : "NONE";
      predictions.add(new Metrics.Prediction(p.expected(), predicted, s));
    }
    return predictions;
  }

  private static double bestDevThreshold(
      List<EvalPairs.Pair> dev, ToDoubleFunction<EvalPairs.Pair> score) {
    double best = 0.5;
    double bestF1 = -1;
    for (int t = 1; t <= 99; t++) {
      double f1 = Metrics.prf(Metrics.counts(baseline(dev, score, t / 100.0)))[2];
      if (f1 > bestF1) {
        bestF1 = f1;
        best = t / 100.0;
      }
    }
    return best;
  }

  /** The baselines have no structure of their own: kinds follow the label semantics. */
  static String routeByLabelRules(EvalPairs.Pair pair, double radiusKm) {
    EvalPairs.Project a = pair.a();
    EvalPairs.Project b = pair.b();
    boolean sameCall =
        a.programme() != null
            && a.programme().equals(b.programme())
            && java.util.Objects.equals(a.call(), b.call());
    if (a.ags().equals(b.ags())) {
      return a.programme() != null && b.programme() != null && !a.programme().equals(b.programme())
          ? "DOUBLE_FUNDING"
          : "NONE";
    }
    if (sameCall) {
      return "COMPETING";
    }
    boolean near =
        a.lat() != null
            && b.lat() != null
            && GeoDistance.haversineKm(a.lat(), a.lon(), b.lat(), b.lon()) <= radiusKm;
    boolean overlap =
        a.plannedStart() != null
            && b.plannedStart() != null
            && a.plannedEnd() != null
            && b.plannedEnd() != null
            && !a.plannedStart().isAfter(b.plannedEnd())
            && !b.plannedStart().isAfter(a.plannedEnd());
    return near && overlap ? "REDUNDANT" : "NONE";
  }

  private static String counts(List<EvalPairs.Pair> pairs) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    pairs.forEach(p -> counts.merge(p.expected(), 1, Integer::sum));
    return counts.toString();
  }
}

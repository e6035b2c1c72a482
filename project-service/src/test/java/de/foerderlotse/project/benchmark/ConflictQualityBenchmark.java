package de.foerderlotse.project.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import de.foerderlotse.conflict.engine.ConflictScorer;
import de.foerderlotse.conflict.engine.Finding;
import de.foerderlotse.conflict.engine.GeoDistance;
import de.foerderlotse.conflict.engine.ScoringRules;
import de.foerderlotse.project.config.ConflictConfig;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Not a test but a measurement, run only with {@code -Pbenchmark} (see README): precision, recall
 * and F1 per kind and overall of the service's scorer (configured from the service's own {@code
 * application.properties}) and of a character 3-gram TF-IDF cosine baseline at its best single
 * threshold, on the labelled pairs.
 */
class ConflictQualityBenchmark {

  static final List<String> KINDS = List.of("COMPETING", "DOUBLE_FUNDING", "REDUNDANT");

  @Test
  void measuresDetectorAndBaselineOnTheLabelledPairs() throws IOException {
    String source = EvalPairs.source();
    List<EvalPairs.Pair> pairs = EvalPairs.load(source);
    assertThat(pairs).isNotEmpty();
    ConflictConfig config = serviceConfig();
    ConflictScorer scorer = new ConflictScorer(config.rules());

    List<String> detector = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (EvalPairs.Pair pair : pairs) {
      String predicted =
          scorer
              .assess(pair.a().profile(pair.id() + "/a"), pair.b().profile(pair.id() + "/b"))
              .map(Finding::kind)
              .map(Enum::name)
              .orElse("NONE");
      detector.add(predicted);
      if (!predicted.equals(pair.expected())) {
        errors.add(
            String.format(
                Locale.ROOT,
                "%s expected %s got %s, text %.2f (%s%s)",
                pair.id(),
                pair.expected(),
                predicted,
                scorer.textScore(pair.a().profile("a"), pair.b().profile("b")),
                pair.hard() ? "hard, " : "",
                pair.why()));
      }
    }

    List<String> texts = new ArrayList<>();
    pairs.forEach(p -> texts.addAll(List.of(p.a().text(), p.b().text())));
    NgramTfIdfBaseline baseline = new NgramTfIdfBaseline(texts);
    double bestThreshold = 0;
    List<String> bestBaseline = null;
    double bestF1 = -1;
    for (int t = 5; t <= 95; t++) {
      double threshold = t / 100.0;
      List<String> predicted = new ArrayList<>();
      for (EvalPairs.Pair pair : pairs) {
        boolean similar = baseline.cosine(pair.a().text(), pair.b().text()) >= threshold;
        predicted.add(similar ? routeByLabelRules(pair, config.radiusKm()) : "NONE");
      }
      double f1 = metrics(pairs, predicted).get("overall")[2];
      if (f1 > bestF1) {
        bestF1 = f1;
        bestThreshold = threshold;
        bestBaseline = predicted;
      }
    }

    long hard = pairs.stream().filter(EvalPairs.Pair::hard).count();
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%n=== project-service conflict detection quality ===%n"
                + "set %s: %d pairs (%d hard negatives or hard cases, %s)%n",
            source,
            pairs.size(),
            hard,
            counts(pairs)));
    out.append(
        table("detector (ConflictScorer, application.properties)", metrics(pairs, detector)));
    out.append(
        table(
            String.format(
                Locale.ROOT,
                "baseline (char 3-gram TF-IDF cosine, best single threshold %.2f, kind by label rules)",
                bestThreshold),
            metrics(pairs, bestBaseline)));
    out.append(sweep(pairs, config.rules()));
    out.append("detector errors (").append(errors.size()).append("):\n");
    errors.forEach(e -> out.append("  ").append(e).append('\n'));
    System.out.println(out);
  }

  /** For quick runs without Maven: the test classpath plus target/classes. */
  public static void main(String[] args) throws IOException {
    new ConflictQualityBenchmark().measuresDetectorAndBaselineOnTheLabelledPairs();
  }

  /** Per kind: the kind's F1 for other least text scores, the rest as configured. */
  private static String sweep(List<EvalPairs.Pair> pairs, ScoringRules rules) {
    StringBuilder out =
        new StringBuilder("threshold sweep (min-text per kind; P/R/F1 of that kind):\n");
    for (String kind : KINDS) {
      out.append(String.format(Locale.ROOT, "  %-15s", kind));
      for (int t = 10; t <= 50; t += 5) {
        ScoringRules.Threshold threshold = new ScoringRules.Threshold(t / 100.0, 0);
        ScoringRules variant =
            new ScoringRules(
                rules.radiusKm(),
                rules.genericTermWeight(),
                rules.conceptTermWeight(),
                rules.titleWeight(),
                rules.sameSiteKm(),
                rules.costTolerance(),
                rules.weights(),
                kind.equals("COMPETING") ? threshold : rules.competing(),
                kind.equals("DOUBLE_FUNDING") ? threshold : rules.doubleFunding(),
                kind.equals("REDUNDANT") ? threshold : rules.redundant());
        ConflictScorer scorer = new ConflictScorer(variant);
        List<String> predicted = new ArrayList<>();
        for (EvalPairs.Pair pair : pairs) {
          predicted.add(
              scorer
                  .assess(pair.a().profile("a"), pair.b().profile("b"))
                  .map(f -> f.kind().name())
                  .orElse("NONE"));
        }
        double[] m = metrics(pairs, predicted).get(kind);
        out.append(String.format(Locale.ROOT, " %.2f:%.2f/%.2f/%.2f", t / 100.0, m[0], m[1], m[2]));
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** The service's configuration, read from its application.properties like Quarkus does. */
  static ConflictConfig serviceConfig() throws IOException {
    SmallRyeConfig config =
        new SmallRyeConfigBuilder()
            .withSources(
                new PropertiesConfigSource(
                    ConflictQualityBenchmark.class.getResource("/application.properties")))
            .withMapping(ConflictConfig.class)
            .build();
    return config.getConfigMapping(ConflictConfig.class);
  }

  /** The baseline has no structure of its own: kinds follow the label semantics. */
  private static String routeByLabelRules(EvalPairs.Pair pair, double radiusKm) {
    EvalPairs.Project a = pair.a();
    EvalPairs.Project b = pair.b();
    boolean sameProgramme =
        a.programme() != null
            && a.programme().equals(b.programme())
            && (a.call() == null || b.call() == null || a.call().equals(b.call()));
    if (a.ags().equals(b.ags())) {
      return a.programme() != null && b.programme() != null && !a.programme().equals(b.programme())
          ? "DOUBLE_FUNDING"
          : "NONE";
    }
    if (sameProgramme) {
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
            && ChronoUnit.DAYS.between(
                    a.plannedStart().isAfter(b.plannedStart())
                        ? a.plannedStart()
                        : b.plannedStart(),
                    a.plannedEnd().isBefore(b.plannedEnd()) ? a.plannedEnd() : b.plannedEnd())
                >= 0;
    return near && overlap ? "REDUNDANT" : "NONE";
  }

  /** Precision, recall, F1 per kind and overall (micro: a pair counts if its kind is right). */
  static Map<String, double[]> metrics(List<EvalPairs.Pair> pairs, List<String> predicted) {
    Map<String, double[]> result = new LinkedHashMap<>();
    for (String kind : KINDS) {
      int tp = 0, fp = 0, fn = 0;
      for (int i = 0; i < pairs.size(); i++) {
        boolean exp = pairs.get(i).expected().equals(kind);
        boolean got = predicted.get(i).equals(kind);
        tp += exp && got ? 1 : 0;
        fp += !exp && got ? 1 : 0;
        fn += exp && !got ? 1 : 0;
      }
      result.put(kind, prf(tp, fp, fn));
    }
    int tp = 0, fp = 0, fn = 0;
    for (int i = 0; i < pairs.size(); i++) {
      String exp = pairs.get(i).expected();
      String got = predicted.get(i);
      if (!got.equals("NONE")) {
        if (got.equals(exp)) {
          tp++;
        } else {
          fp++;
        }
      }
      if (!exp.equals("NONE") && !got.equals(exp)) {
        fn++;
      }
    }
    result.put("overall", prf(tp, fp, fn));
    return result;
  }

  private static double[] prf(int tp, int fp, int fn) {
    double p = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    double r = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return new double[] {p, r, f, tp, fp, fn};
  }

  private static String table(String title, Map<String, double[]> metrics) {
    StringBuilder out = new StringBuilder(title).append('\n');
    out.append(
        String.format(
            Locale.ROOT,
            "  %-15s %9s %7s %6s %4s %4s %4s%n",
            "kind",
            "precision",
            "recall",
            "F1",
            "TP",
            "FP",
            "FN"));
    metrics.forEach(
        (kind, m) ->
            out.append(
                String.format(
                    Locale.ROOT,
                    "  %-15s %9.3f %7.3f %6.3f %4d %4d %4d%n",
                    kind,
                    m[0],
                    m[1],
                    m[2],
                    (int) m[3],
                    (int) m[4],
                    (int) m[5])));
    return out.toString();
  }

  private static String counts(List<EvalPairs.Pair> pairs) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    pairs.forEach(p -> counts.merge(p.expected(), 1, Integer::sum));
    return counts.toString();
  }
}

package de.foerderlotse.conflict.engine.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Precision, recall and F1 of "is a conflict", kind accuracy, bootstrap intervals, calibration. */
final class Metrics {

  static final long SEED = 20;
  static final int RESAMPLES = 2000;

  private Metrics() {}

  /** A prediction for one pair: the kind or NONE, and the probability (NaN for baselines). */
  record Prediction(String expected, String predicted, double probability) {
    boolean flagged() {
      return !predicted.equals("NONE");
    }

    boolean truth() {
      return !expected.equals("NONE");
    }
  }

  /** tp, fp, fn, kind-correct true positives. */
  static int[] counts(List<Prediction> ps) {
    int tp = 0, fp = 0, fn = 0, kind = 0;
    for (Prediction p : ps) {
      tp += p.flagged() && p.truth() ? 1 : 0;
      fp += p.flagged() && !p.truth() ? 1 : 0;
      fn += !p.flagged() && p.truth() ? 1 : 0;
      kind += p.flagged() && p.truth() && p.predicted().equals(p.expected()) ? 1 : 0;
    }
    return new int[] {tp, fp, fn, kind};
  }

  /** precision, recall, F1, kind accuracy among true positives. */
  static double[] prf(int[] c) {
    double p = c[0] + c[1] == 0 ? 1 : (double) c[0] / (c[0] + c[1]);
    double r = c[0] + c[2] == 0 ? 1 : (double) c[0] / (c[0] + c[2]);
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    double k = c[0] == 0 ? 1 : (double) c[3] / c[0];
    return new double[] {p, r, f, k};
  }

  /** One table row with 95 % bootstrap intervals (fixed seed) for P, R, F1. */
  static String row(String name, List<Prediction> ps) {
    int[] c = counts(ps);
    double[] m = prf(c);
    double[][] samples = new double[3][RESAMPLES];
    Random random = new Random(SEED);
    for (int s = 0; s < RESAMPLES; s++) {
      List<Prediction> resample = new ArrayList<>(ps.size());
      for (int i = 0; i < ps.size(); i++) {
        resample.add(ps.get(random.nextInt(ps.size())));
      }
      double[] rm = prf(counts(resample));
      for (int k = 0; k < 3; k++) {
        samples[k][s] = rm[k];
      }
    }
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "  %-34s", name));
    for (int k = 0; k < 3; k++) {
      Arrays.sort(samples[k]);
      out.append(
          String.format(
              Locale.ROOT,
              " %.3f [%.3f-%.3f]",
              m[k],
              samples[k][(int) (0.025 * RESAMPLES)],
              samples[k][(int) (0.975 * RESAMPLES) - 1]));
    }
    out.append(
        String.format(Locale.ROOT, "  kind %.3f  TP %d FP %d FN %d%n", m[3], c[0], c[1], c[2]));
    return out.toString();
  }

  static String header() {
    return String.format(
        Locale.ROOT,
        "  %-34s %-21s %-21s %-21s%n",
        "method",
        "precision [95% CI]",
        "recall [95% CI]",
        "F1 [95% CI]");
  }

  /** Ten equal-width bins: count, mean predicted probability, observed conflict share; Brier. */
  static String reliability(List<Prediction> ps) {
    int[] n = new int[10];
    double[] predicted = new double[10];
    int[] observed = new int[10];
    double brier = 0;
    for (Prediction p : ps) {
      int bin = Math.min(9, (int) (p.probability() * 10));
      n[bin]++;
      predicted[bin] += p.probability();
      observed[bin] += p.truth() ? 1 : 0;
      double y = p.truth() ? 1 : 0;
      brier += (p.probability() - y) * (p.probability() - y);
    }
    StringBuilder out = new StringBuilder("  bin        pairs  mean p  observed\n");
    for (int b = 0; b < 10; b++) {
      out.append(
          String.format(
              Locale.ROOT,
              "  %.1f-%.1f  %6d  %6s  %8s%n",
              b / 10.0,
              (b + 1) / 10.0,
              n[b],
              n[b] == 0 ? "-" : String.format(Locale.ROOT, "%.3f", predicted[b] / n[b]),
              n[b] == 0 ? "-" : String.format(Locale.ROOT, "%.3f", (double) observed[b] / n[b])));
    }
    out.append(
        String.format(
            Locale.ROOT, "  Brier score %.4f (%d pairs)%n", brier / ps.size(), ps.size()));
    return out.toString();
  }
}

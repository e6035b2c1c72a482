package de.foerderlotse.conflict.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fitted logistic regression that turns a pair's features into the probability that the county
 * would call it a conflict, and the threshold (chosen on the development split) above which a
 * conflict is raised. Stored as {@code conflict-model.txt} beside this class; written by the
 * retraining command (see README).
 *
 * @param trainingSet SHA-256 of the training lines the weights were fitted on
 */
public record ConflictModel(
    List<String> names, double[] weights, double bias, double threshold, String trainingSet) {

  public static final String RESOURCE = "conflict-model.txt";

  /** The model shipped with the engine. */
  public static ConflictModel bundled() {
    try (InputStream in = ConflictModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("no " + RESOURCE + " on the class path");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ConflictModel parse(String text) {
    Map<String, String> values = new LinkedHashMap<>();
    List<String> names = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    for (String line : text.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      String[] kv = trimmed.split("=", 2);
      if (kv[0].startsWith("weight.")) {
        names.add(kv[0].substring("weight.".length()));
        weights.add(Double.parseDouble(kv[1]));
      } else {
        values.put(kv[0], kv[1]);
      }
    }
    if (!names.equals(PairFeatures.NAMES)) {
      throw new IllegalStateException("model features " + names + " are not " + PairFeatures.NAMES);
    }
    return new ConflictModel(
        names,
        weights.stream().mapToDouble(Double::doubleValue).toArray(),
        Double.parseDouble(values.get("bias")),
        Double.parseDouble(values.get("threshold")),
        values.getOrDefault("trainingSet", "unknown"));
  }

  /** The model as its file text. */
  public String format(String comment) {
    StringBuilder out = new StringBuilder();
    for (String line : comment.split("\n")) {
      out.append("# ").append(line).append('\n');
    }
    out.append(String.format(Locale.ROOT, "threshold=%.4f%n", threshold));
    out.append("trainingSet=").append(trainingSet).append('\n');
    out.append(String.format(Locale.ROOT, "bias=%.6f%n", bias));
    for (int i = 0; i < names.size(); i++) {
      out.append(String.format(Locale.ROOT, "weight.%s=%.6f%n", names.get(i), weights[i]));
    }
    return out.toString();
  }

  public ConflictModel withThreshold(double newThreshold) {
    return new ConflictModel(names, weights, bias, newThreshold, trainingSet);
  }

  public double probability(double[] x) {
    double z = bias;
    for (int i = 0; i < weights.length; i++) {
      z += weights[i] * x[i];
    }
    return 1 / (1 + Math.exp(-z));
  }

  /** What each feature added to the log-odds. */
  public double[] contributions(double[] x) {
    double[] c = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      c[i] = weights[i] * x[i];
    }
    return c;
  }
}

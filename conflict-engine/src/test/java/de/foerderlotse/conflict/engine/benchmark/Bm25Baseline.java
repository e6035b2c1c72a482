package de.foerderlotse.conflict.engine.benchmark;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The second plain baseline: Okapi BM25 (k1 1.2, b 0.75) over lower-case word tokens of title +
 * description, each side scored as the query against the other and normalised by its self-score,
 * the two directions averaged; statistics from the development texts.
 */
final class Bm25Baseline {

  private static final double K1 = 1.2;
  private static final double B = 0.75;
  private final Map<String, Double> idf = new HashMap<>();
  private final double averageLength;

  Bm25Baseline(List<String> corpus) {
    Map<String, Integer> df = new HashMap<>();
    long length = 0;
    for (String text : corpus) {
      Map<String, Integer> tf = tokens(text);
      length += tf.values().stream().mapToInt(Integer::intValue).sum();
      tf.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
    }
    averageLength = Math.max(1, (double) length / Math.max(1, corpus.size()));
    int n = corpus.size();
    df.forEach((t, d) -> idf.put(t, Math.log(1 + (n - d + 0.5) / (d + 0.5))));
  }

  double similarity(String a, String b) {
    return (normalised(a, b) + normalised(b, a)) / 2;
  }

  private double normalised(String query, String document) {
    double self = score(query, query);
    return self == 0 ? 0 : Math.min(1, score(query, document) / self);
  }

  private double score(String query, String document) {
    Map<String, Integer> doc = tokens(document);
    double length = doc.values().stream().mapToInt(Integer::intValue).sum();
    double sum = 0;
    for (String term : tokens(query).keySet()) {
      int tf = doc.getOrDefault(term, 0);
      if (tf > 0) {
        double idfTerm = idf.getOrDefault(term, Math.log(1 + 1.0 / 0.5));
        sum += idfTerm * tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / averageLength));
      }
    }
    return sum;
  }

  private static Map<String, Integer> tokens(String text) {
    Map<String, Integer> tf = new HashMap<>();
    for (String t : text.toLowerCase(Locale.GERMAN).split("[^\\p{L}0-9]+")) {
      if (t.length() >= 2) {
        tf.merge(t, 1, Integer::sum);
      }
    }
    return tf;
  }
}

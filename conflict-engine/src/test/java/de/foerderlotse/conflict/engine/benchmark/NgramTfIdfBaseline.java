package de.foerderlotse.conflict.engine.benchmark;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The plain baseline: character 3-gram TF-IDF vectors of title + description, cosine similarity;
 * IDF from the development texts.
 */
final class NgramTfIdfBaseline {

  private final Map<String, Double> idf = new HashMap<>();

  NgramTfIdfBaseline(List<String> corpus) {
    Map<String, Integer> df = new HashMap<>();
    for (String text : corpus) {
      for (String gram : grams(text).keySet()) {
        df.merge(gram, 1, Integer::sum);
      }
    }
    df.forEach((gram, n) -> idf.put(gram, Math.log((1.0 + corpus.size()) / (1.0 + n)) + 1));
  }

  double cosine(String a, String b) {
    Map<String, Double> va = vector(a);
    Map<String, Double> vb = vector(b);
    double dot = 0;
    for (var e : va.entrySet()) {
      dot += e.getValue() * vb.getOrDefault(e.getKey(), 0.0);
    }
    double norm = norm(va) * norm(vb);
    return norm == 0 ? 0 : dot / norm;
  }

  private Map<String, Double> vector(String text) {
    Map<String, Double> v = new HashMap<>();
    grams(text).forEach((gram, tf) -> v.put(gram, tf * idf.getOrDefault(gram, 1.0)));
    return v;
  }

  private static double norm(Map<String, Double> v) {
    return Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
  }

  private static Map<String, Integer> grams(String text) {
    String s = " " + text.toLowerCase(Locale.GERMAN).replaceAll("\\s+", " ") + " ";
    Map<String, Integer> grams = new HashMap<>();
    for (int i = 0; i + 3 <= s.length(); i++) {
      grams.merge(s.substring(i, i + 3), 1, Integer::sum);
    }
    return grams;
  }
}

package de.foerderlotse.conflict.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * German synonyms from the shipped OpenThesaurus extract (LGPL, see README): every word maps to the
 * concepts it belongs to, each named by the first of its synonyms in sorted normalised form.
 */
final class Thesaurus {

  static final String RESOURCE = "openthesaurus-nouns.txt";

  private static final Map<String, Set<String>> CONCEPTS = load();

  private Thesaurus() {}

  /** The concepts a normalised word (folded, stemmed) belongs to; empty if unknown. */
  static Set<String> concepts(String word) {
    return CONCEPTS.getOrDefault(word, Set.of());
  }

  /** How many words the extract knows (part of the normaliser's version). */
  static int size() {
    return CONCEPTS.size();
  }

  /** Whether the thesaurus knows the word at all (a common noun, not a name). */
  static boolean knows(String word) {
    return CONCEPTS.containsKey(word);
  }

  private static Map<String, Set<String>> load() {
    Map<String, Set<String>> concepts = new HashMap<>();
    try (InputStream in = Thesaurus.class.getResourceAsStream(RESOURCE);
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> members = new ArrayList<>();
        for (String word : line.split(";")) {
          String key = GermanTerms.normaliseWord(word);
          if (!key.isEmpty()) {
            members.add(key);
          }
        }
        TreeSet<String> sorted = new TreeSet<>(members);
        if (sorted.size() < 2) {
          continue;
        }
        for (String member : sorted) {
          concepts.computeIfAbsent(member, m -> new TreeSet<>()).add(sorted.first());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return concepts;
  }
}

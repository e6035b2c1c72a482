package de.foerderlotse.conflict.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Normalises German municipal project texts to comparable terms: lower case, umlauts folded,
 * abbreviations and synonyms spelled out ({@link MunicipalLexicon}), compounds split at municipal
 * head words, a light stemmer for inflection. "Bau eines Radweges" and "Radwegebau" both yield
 * {@code radweg, bau}. The same code feeds the stored search terms and the scorer.
 */
public final class GermanTerms {

  private static final Pattern SPLIT = Pattern.compile("[^a-z0-9]+");
  private static final Pattern E_PREFIX = Pattern.compile("\\be-(?=[a-z])");
  private static final Set<String> GENERIC_STEMS =
      MunicipalLexicon.GENERIC.stream().map(GermanTerms::stem).collect(Collectors.toSet());
  private static final int MIN_MODIFIER = 3;

  private GermanTerms() {}

  /** The distinct terms of a text, in order of first appearance. */
  public static List<String> of(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    Set<String> terms = new LinkedHashSet<>();
    for (String token : SPLIT.split(E_PREFIX.matcher(fold(text)).replaceAll("e"))) {
      if (token.length() < 2
          || token.chars().allMatch(Character::isDigit)
          || MunicipalLexicon.STOPWORDS.contains(token)) {
        continue;
      }
      String word = MunicipalLexicon.REPLACEMENTS.getOrDefault(token, token);
      // The whole word counts as well as its parts: "Feuerwehrgerätehauses" meets both
      // "Feuerwehrgerätehaus" and "Gerätehaus der Feuerwehr".
      List<String> parts = new ArrayList<>(decompound(word));
      if (parts.size() > 1) {
        parts.add(0, word);
      }
      for (String part : parts) {
        String stem = stem(part);
        if (stem.length() >= 2 && !MunicipalLexicon.STOPWORDS.contains(stem)) {
          terms.add(stem);
        }
      }
    }
    return List.copyOf(terms);
  }

  private static final Set<String> CONCEPT_STEMS =
      java.util.stream.Stream.concat(
              MunicipalLexicon.REPLACEMENTS.values().stream(),
              java.util.stream.Stream.concat(
                  MunicipalLexicon.FACILITIES.stream(), MunicipalLexicon.NETWORKS.stream()))
          .map(GermanTerms::stem)
          .collect(Collectors.toSet());
  private static final Set<String> FACILITY_STEMS =
      MunicipalLexicon.FACILITIES.stream().map(GermanTerms::stem).collect(Collectors.toSet());
  private static final Set<String> NETWORK_STEMS =
      MunicipalLexicon.NETWORKS.stream().map(GermanTerms::stem).collect(Collectors.toSet());

  /** Whether a term is one of the lexicon's named municipal measures or objects. */
  public static boolean isConcept(String term) {
    return CONCEPT_STEMS.contains(term);
  }

  /** Whether a term names a facility with a catchment area (Hallenbad, MVZ, Mobilstation…). */
  public static boolean isFacility(String term) {
    return FACILITY_STEMS.contains(term);
  }

  /** Whether a term names a location-bound network (Glasfaser, Radweg, Beleuchtung…). */
  public static boolean isNetwork(String term) {
    return NETWORK_STEMS.contains(term);
  }

  /** Whether a term names what is done rather than to what: never a reason to compare. */
  public static boolean isGeneric(String term) {
    return GENERIC_STEMS.contains(term);
  }

  /** The terms that make two projects candidates of each other (all but the generic ones). */
  public static Set<String> keyTerms(Collection<String> terms) {
    return terms.stream()
        .filter(t -> !isGeneric(t))
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  static String fold(String text) {
    return text.toLowerCase(Locale.GERMAN)
        .replace("ä", "ae")
        .replace("ö", "oe")
        .replace("ü", "ue")
        .replace("ß", "ss")
        .replace("é", "e");
  }

  /** Splits a compound at the longest known head word, recursively into its modifier. */
  static List<String> decompound(String word) {
    List<String> parts = new ArrayList<>();
    split(word, parts);
    return parts;
  }

  private static void split(String word, List<String> parts) {
    String stem = stem(word);
    for (String head : MunicipalLexicon.HEADS) {
      if (stem.equals(stem(head))) {
        parts.add(word);
        return;
      }
    }
    for (String head : MunicipalLexicon.HEADS) {
      int at = headPosition(word, head);
      if (at >= MIN_MODIFIER) {
        split(withoutLinkingS(word.substring(0, at)), parts);
        parts.add(word.substring(at));
        return;
      }
    }
    parts.add(word);
  }

  /** Where {@code head} starts if the word ends with it, possibly inflected; else -1. */
  private static int headPosition(String word, String head) {
    for (String ending : new String[] {"", "e", "n", "en", "s", "es", "er", "ern"}) {
      if (word.endsWith(head + ending)) {
        return word.length() - head.length() - ending.length();
      }
    }
    return -1;
  }

  /** The linking "s" of a compound's modifier ("Mobilitäts|station", "Ganztags|schule"). */
  private static String withoutLinkingS(String modifier) {
    if (modifier.length() > 4 && modifier.endsWith("s") && !modifier.endsWith("ss")) {
      return modifier.substring(0, modifier.length() - 1);
    }
    return modifier;
  }

  /** A light stemmer: strips German plural and case endings, keeping at least four letters. */
  static String stem(String word) {
    if (word.length() <= 5) {
      return word;
    }
    if (word.endsWith("ungen")) {
      return word.substring(0, word.length() - 2);
    }
    for (String ending : new String[] {"ern", "en", "er", "es", "e", "s"}) {
      if (word.endsWith(ending) && word.length() - ending.length() >= 4) {
        return word.substring(0, word.length() - ending.length());
      }
    }
    return word;
  }
}

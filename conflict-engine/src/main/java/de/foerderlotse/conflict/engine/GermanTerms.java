package de.foerderlotse.conflict.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Normalises German municipal project texts to comparable terms: lower case, abbreviations spelled
 * out ({@link MunicipalLexicon}), compounds split by jwordsplitter ({@link Compounds}), umlauts
 * folded, a light stemmer, and OpenThesaurus concepts ({@link Thesaurus}) added, so "Hallenbad" and
 * "Schwimmhalle" share a term. The same code feeds the stored search terms and the scorer.
 */
public final class GermanTerms {

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}0-9]+(?:-[\\p{L}0-9]+)*");
  private static final Pattern TERM = Pattern.compile("[a-z0-9]{2,}");
  private static final Pattern E_PREFIX = Pattern.compile("^e-(?=\\p{L})");
  private static final int MIN_PART = 3;
  private static final Set<String> FACILITIES = stems(MunicipalLexicon.FACILITIES);
  private static final Set<String> LOCAL_NEEDS = stems(MunicipalLexicon.LOCAL_NEEDS);
  private static final Set<String> GENERIC = stems(MunicipalLexicon.GENERIC);
  private static final java.util.Map<String, String> REPLACEMENTS =
      MunicipalLexicon.REPLACEMENTS.entrySet().stream()
          .collect(
              Collectors.toUnmodifiableMap(
                  e -> stem(stem(e.getKey())), java.util.Map.Entry::getValue, (x, y) -> x));

  private GermanTerms() {}

  /**
   * One word of a text: its normalised whole form, its compound parts, its tails that are no
   * generic word (rueckhaltebecken, becken of regenrueckhaltebecken) and its concepts.
   */
  public record Word(
      String surface, String full, List<String> parts, List<String> tails, Set<String> concepts) {

    /** The last part of the compound: what the word is (Tankstelle of Wasserstofftankstelle). */
    public String head() {
      return parts.get(parts.size() - 1);
    }

    public boolean generic() {
      return isGeneric(full);
    }
  }

  /** Raised by hand when the normalising code changes in a way that changes stored terms. */
  private static final int REVISION = 3;

  /**
   * Identifies the normalisation (code revision, lexicon, thesaurus extract, splitter): stored
   * terms computed under another version must be recomputed (project-service does so on start).
   */
  public static String version() {
    return VersionHolder.VERSION;
  }

  /** Computed on first use, after the lexicon and the thesaurus are loaded. */
  private static final class VersionHolder {
    static final String VERSION = computeVersion();
  }

  private static String computeVersion() {
    StringBuilder material = new StringBuilder("rev" + REVISION);
    material.append(new java.util.TreeMap<>(MunicipalLexicon.REPLACEMENTS));
    material.append(new java.util.TreeSet<>(MunicipalLexicon.FACILITIES));
    material.append(new java.util.TreeSet<>(MunicipalLexicon.LOCAL_NEEDS));
    material.append(new java.util.TreeSet<>(MunicipalLexicon.GENERIC));
    material.append(new java.util.TreeSet<>(MunicipalLexicon.STOPWORDS));
    material.append(Thesaurus.size()).append(Compounds.class.getPackageName());
    material.append(de.danielnaber.jwordsplitter.GermanWordSplitter.class.getName());
    return ConflictProfile.sha256(material.toString()).substring(0, 16);
  }

  /** The distinct terms of a text, in order of first appearance. */
  public static List<String> of(String text) {
    Set<String> terms = new LinkedHashSet<>();
    for (Word word : words(text)) {
      add(terms, word.full());
      if (word.parts().size() > 1) {
        word.parts().forEach(p -> add(terms, p));
        word.tails().forEach(t -> add(terms, t));
      }
      if (!word.generic()) {
        word.concepts().forEach(c -> add(terms, c));
      }
    }
    return List.copyOf(terms);
  }

  private static void add(Set<String> terms, String term) {
    if (term.length() >= 2
        && TERM.matcher(term).matches()
        && !MunicipalLexicon.STOPWORDS.contains(term)) {
      terms.add(term);
    }
  }

  /** The words of a text in order, stop words and bare numbers left out. */
  public static List<Word> words(String text) {
    List<Word> words = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return words;
    }
    Matcher m = TOKEN.matcher(expandTruncated(text));
    while (m.find()) {
      Word word = word(m.group());
      if (word != null) {
        words.add(word);
      }
    }
    return words;
  }

  private static final Pattern TRUNCATED =
      Pattern.compile("(\\p{L}+)-\\s*(,|und|oder|bzw\\.?)\\s+([\\p{L}-]+)");

  /** "Kultur- und Veranstaltungszentrum" → "Kulturzentrum und Veranstaltungszentrum". */
  static String expandTruncated(String text) {
    Matcher m = TRUNCATED.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String next = m.group(3);
      List<String> parts = Compounds.split(next.toLowerCase(Locale.GERMAN));
      String head = parts.size() > 1 ? parts.get(parts.size() - 1) : "";
      m.appendReplacement(
          out, Matcher.quoteReplacement(m.group(1) + head + " " + m.group(2) + " " + next));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** A single token as a word; null for stop words and numbers. */
  static Word word(String token) {
    String lower = E_PREFIX.matcher(token.toLowerCase(Locale.GERMAN)).replaceFirst("e");
    if (lower.chars().allMatch(Character::isDigit)
        || MunicipalLexicon.STOPWORDS.contains(fold(lower))) {
      return null;
    }
    List<String> pieces = pieces(lower);
    List<String> parts = new ArrayList<>();
    for (String piece : pieces) {
      List<String> split = Compounds.split(piece);
      for (int i = 0; i < split.size(); i++) {
        String part = fold(split.get(i).toLowerCase(Locale.GERMAN));
        parts.add(stem(i < split.size() - 1 ? withoutLinkingS(part) : part));
      }
    }
    parts.removeIf(p -> p.length() < MIN_PART && parts.size() > 1);
    String full = stem(fold(String.join("", pieces)));
    if (full.isEmpty() || parts.isEmpty()) {
      return null;
    }
    return new Word(token, full, List.copyOf(parts), tails(parts), concepts(full, parts));
  }

  private static List<String> tails(List<String> parts) {
    List<String> tails = new ArrayList<>();
    for (int i = 1; i < parts.size(); i++) {
      String tail = String.join("", parts.subList(i, parts.size()));
      if (!isGeneric(tail)) {
        tails.add(tail);
      }
    }
    return List.copyOf(tails);
  }

  /** The hyphen pieces of a word with the lexicon's replacements (the whole word's first). */
  private static List<String> pieces(String lower) {
    String whole = lower.replace("-", "");
    String wholeReplaced = replacement(whole);
    if (!wholeReplaced.equals(whole)) {
      return List.of(wholeReplaced);
    }
    List<String> pieces = new ArrayList<>();
    for (String piece : lower.split("-")) {
      if (!piece.isEmpty()) {
        pieces.add(replacement(piece));
      }
    }
    String joined = String.join("", pieces);
    String replaced = replacement(joined);
    return replaced.equals(joined) ? pieces : List.of(replaced);
  }

  /**
   * Concepts of the whole word, and of its modifier with the same head (Eventhalle ~
   * Veranstaltungshalle).
   */
  private static Set<String> concepts(String full, List<String> parts) {
    Set<String> concepts = new LinkedHashSet<>();
    if (isGeneric(full)) {
      return concepts;
    }
    concepts.addAll(Thesaurus.concepts(full));
    if (parts.size() > 1) {
      String head = parts.get(parts.size() - 1);
      String modifier = String.join("", parts.subList(0, parts.size() - 1));
      for (String concept : Thesaurus.concepts(modifier)) {
        concepts.add(concept + head);
      }
      // and with a synonym of its head (Veranstaltungssaal ~ Veranstaltungshalle)
      if (!isGeneric(head)) {
        for (String concept : Thesaurus.concepts(head)) {
          concepts.add(modifier + concept);
        }
      }
    }
    if (parts.size() > 2) {
      concepts.addAll(Thesaurus.concepts(String.join("", parts.subList(1, parts.size()))));
    }
    concepts.remove(full);
    concepts.removeIf(GermanTerms::isGeneric);
    return concepts;
  }

  /** The key a thesaurus member is stored under: the same normalisation as a text word. */
  static String normaliseWord(String word) {
    String lower = E_PREFIX.matcher(word.trim().toLowerCase(Locale.GERMAN)).replaceFirst("e");
    StringBuilder joined = new StringBuilder();
    for (String piece : lower.split("-")) {
      joined.append(replacement(piece));
    }
    String folded = fold(joined.toString());
    return TERM.matcher(folded).matches() ? stem(folded) : "";
  }

  /** The lexicon's spelled-out form of a word in any inflection, else the word. */
  private static String replacement(String word) {
    String once = replaceOnce(word);
    return once.equals(word) ? word : replaceOnce(once);
  }

  private static String replaceOnce(String word) {
    String folded = fold(word);
    String exact = MunicipalLexicon.REPLACEMENTS.get(folded);
    if (exact != null) {
      return exact;
    }
    String stemmed = stem(folded);
    return REPLACEMENTS.getOrDefault(stemmed, REPLACEMENTS.getOrDefault(stem(stemmed), word));
  }

  /** Whether a term names a facility with a catchment area (county criterion). */
  public static boolean isFacility(String term) {
    return FACILITIES.contains(term);
  }

  /** Whether a term names a local-need measure each municipality needs for itself. */
  public static boolean isLocalNeed(String term) {
    return LOCAL_NEEDS.contains(term);
  }

  /** Kept for callers of the old API: a local-need network is a local need. */
  public static boolean isNetwork(String term) {
    return isLocalNeed(term);
  }

  /** Whether a term is a lexicon or thesaurus concept. */
  public static boolean isConcept(String term) {
    return isFacility(term) || Thesaurus.knows(term);
  }

  /** Whether a term names what is done rather than to what: never a reason to compare. */
  public static boolean isGeneric(String term) {
    return GENERIC.contains(term);
  }

  /** The terms that make two projects candidates of each other (all but the generic ones). */
  public static Set<String> keyTerms(Collection<String> terms) {
    return terms.stream()
        .filter(t -> !isGeneric(t))
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  private static Set<String> stems(Set<String> words) {
    return words.stream().map(GermanTerms::stem).collect(Collectors.toUnmodifiableSet());
  }

  static String fold(String text) {
    return text.toLowerCase(Locale.GERMAN)
        .replace("ä", "ae")
        .replace("ö", "oe")
        .replace("ü", "ue")
        .replace("ß", "ss")
        .replace("é", "e");
  }

  /** The linking "s" of a compound's modifier ("Mobilitäts|station", "Ganztags|schule"). */
  private static String withoutLinkingS(String modifier) {
    if (modifier.length() > 4 && modifier.endsWith("s") && !modifier.endsWith("ss")) {
      return modifier.substring(0, modifier.length() - 1);
    }
    return modifier;
  }

  /** A light stemmer: strips German plural and case endings, keeping at least four letters. */
  static String stem(String inflected) {
    // A genitive "s" goes first, so "Beckens" and "Becken" meet.
    String word =
        inflected.length() > 6 && inflected.endsWith("ns")
            ? inflected.substring(0, inflected.length() - 1)
            : inflected;
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

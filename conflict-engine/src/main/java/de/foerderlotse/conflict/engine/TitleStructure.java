package de.foerderlotse.conflict.engine;

import de.foerderlotse.conflict.engine.GermanTerms.Word;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A title split into the object being built ("Regenrückhaltebecken", "Wasserstofftankstelle") and
 * the place it is built ("im Gewerbegebiet Nord", "am Bahnhof"), plus the names it mentions (words
 * no dictionary knows: streams, districts, business parks).
 *
 * @param objects the non-generic words outside place phrases (all words if that leaves none)
 * @param places the words of place phrases
 * @param names words of the whole title that neither the thesaurus nor the splitter knows
 */
public record TitleStructure(List<Word> objects, List<Word> places, Set<String> names) {

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}0-9]+(?:-[\\p{L}0-9]+)*|[,;:(/]");
  private static final Set<String> PHRASE_ENDS =
      Set.of("fuer", "mit", "zur", "zum", "sowie", "und", "zu", ",", ";", ":", "(", "/");
  private static final Set<String> DIRECTION_ARTICLES = Set.of("einen", "den", "eine", "ein");
  private static final int CACHE_LIMIT = 200_000;
  private static final Map<String, TitleStructure> CACHE = new ConcurrentHashMap<>();

  public static TitleStructure of(String title) {
    if (title == null) {
      return new TitleStructure(List.of(), List.of(), Set.of());
    }
    TitleStructure cached = CACHE.get(title);
    if (cached != null) {
      return cached;
    }
    TitleStructure structure = parse(title);
    if (CACHE.size() < CACHE_LIMIT) {
      CACHE.put(title, structure);
    }
    return structure;
  }

  private static TitleStructure parse(String fullTitle) {
    // "Soziale Stadt: Mitte": words before a colon name a series or programme, unless they name a
    // facility or measure ("Hallenbad Jülich: Neubau").
    int colon = fullTitle.indexOf(':');
    String title =
        colon > 0 && !namesMeasure(fullTitle.substring(0, colon))
            ? fullTitle.substring(colon + 1)
            : fullTitle;
    List<Word> objects = new ArrayList<>();
    List<Word> places = new ArrayList<>();
    List<Word> all = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    boolean inPlace = false;
    boolean lastWasPreposition = false;
    Matcher m = TOKEN.matcher(GermanTerms.expandTruncated(title));
    while (m.find()) {
      String token = m.group();
      String folded = GermanTerms.fold(token);
      boolean afterPreposition = lastWasPreposition;
      lastWasPreposition = MunicipalLexicon.PLACE_PREPOSITIONS.contains(folded);
      if (lastWasPreposition) {
        inPlace = true;
        continue;
      }
      if (inPlace && afterPreposition && DIRECTION_ARTICLES.contains(folded)) {
        // "in einen Kunstrasenplatz": a direction (what it becomes), not a place.
        inPlace = false;
      }
      if (PHRASE_ENDS.contains(folded)) {
        inPlace = inPlace && folded.equals("und");
        continue;
      }
      Word word = GermanTerms.word(token);
      if (word == null) {
        continue;
      }
      all.add(word);
      if (isName(token, word)) {
        names.add(word.full());
      }
      if (inPlace) {
        places.add(word);
      } else if (!word.generic()) {
        objects.add(word);
      }
    }
    if (objects.isEmpty()) {
      all.stream().filter(w -> !w.generic()).forEach(objects::add);
    }
    return new TitleStructure(List.copyOf(objects), List.copyOf(places), Set.copyOf(names));
  }

  private static boolean namesMeasure(String text) {
    return GermanTerms.words(text).stream().anyMatch(TitleStructure::classed);
  }

  /** Whether the word, a tail or its head is a facility or local-need class of the criterion. */
  static boolean classed(Word w) {
    List<String> forms = new ArrayList<>(w.tails());
    forms.add(w.full());
    forms.add(w.head());
    return forms.stream().anyMatch(f -> GermanTerms.isFacility(f) || GermanTerms.isLocalNeed(f));
  }

  /** A capitalised word no dictionary knows and of no class: a stream, district, route. */
  private static boolean isName(String token, Word word) {
    return token.length() >= 4
        && Character.isUpperCase(token.charAt(0))
        && !token.equals(token.toUpperCase(Locale.GERMAN))
        && !classed(word)
        && !Thesaurus.knows(word.full())
        && !Compounds.known(token.toLowerCase(Locale.GERMAN))
        && !Compounds.known(word.full())
        && !Compounds.known(word.full() + "e")
        && word.parts().stream().noneMatch(GermanTerms::isGeneric);
  }
}

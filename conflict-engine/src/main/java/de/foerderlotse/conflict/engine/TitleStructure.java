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
    // "Soziale Stadt: Mitte": the words before a colon name a series or programme, not the object.
    int colon = fullTitle.indexOf(':');
    String title =
        colon > 0 && colon < fullTitle.length() - 3 ? fullTitle.substring(colon + 1) : fullTitle;
    List<Word> objects = new ArrayList<>();
    List<Word> places = new ArrayList<>();
    List<Word> all = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    boolean inPlace = false;
    Matcher m = TOKEN.matcher(title);
    while (m.find()) {
      String token = m.group();
      String folded = GermanTerms.fold(token);
      if (MunicipalLexicon.PLACE_PREPOSITIONS.contains(folded)) {
        inPlace = true;
        continue;
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

  /** A capitalised word that is no compound of known words and no thesaurus entry. */
  private static boolean isName(String token, Word word) {
    return token.length() >= 4
        && Character.isUpperCase(token.charAt(0))
        && !token.equals(token.toUpperCase(Locale.GERMAN))
        && word.parts().size() == 1
        && word.concepts().isEmpty()
        && !Thesaurus.knows(word.full())
        && !Compounds.known(token.toLowerCase(Locale.GERMAN))
        && !GermanTerms.isGeneric(word.full())
        && !GermanTerms.isFacility(word.full())
        && !GermanTerms.isLocalNeed(word.full());
  }
}

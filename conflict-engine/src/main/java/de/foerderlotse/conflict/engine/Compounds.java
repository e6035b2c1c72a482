package de.foerderlotse.conflict.engine;

import de.danielnaber.jwordsplitter.GermanWordSplitter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** German compound splitting by jwordsplitter's dictionary (Apache 2.0, Maven Central). */
final class Compounds {

  private static final int MIN_LENGTH = 7;
  private static final int CACHE_LIMIT = 200_000;
  private static final Splitter SPLITTER = splitter();
  private static final Map<String, List<String>> CACHE = new ConcurrentHashMap<>();

  private Compounds() {}

  /** The parts of a lower-case word ("wasserstofftankstelle" → wasserstoff, tankstelle). */
  static List<String> split(String word) {
    if (word.length() < MIN_LENGTH) {
      return List.of(word);
    }
    List<String> cached = CACHE.get(word);
    if (cached != null) {
      return cached;
    }
    List<String> parts;
    synchronized (SPLITTER) {
      parts = List.copyOf(SPLITTER.splitWord(word));
    }
    if (CACHE.size() < CACHE_LIMIT) {
      CACHE.put(word, parts);
    }
    return parts;
  }

  /** Whether the splitter's dictionary holds the lower-case word (a common word, not a name). */
  static boolean known(String word) {
    return SPLITTER.knows(word);
  }

  /** The splitter with read access to its dictionary. */
  private static final class Splitter extends GermanWordSplitter {
    Splitter() throws IOException {
      super(false);
    }

    boolean knows(String word) {
      return words.contains(word);
    }
  }

  private static Splitter splitter() {
    try {
      return new Splitter();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package de.foerderlotse.municipality.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * German-aware folding for text search: lower case, umlauts and ß spelt out, other accents dropped,
 * so "Grünfläche", "gruenflaeche" and "GRÜNFLÄCHE" find each other.
 */
public final class SearchText {

  private SearchText() {}

  public static String fold(String text) {
    if (text == null) {
      return "";
    }
    String lower = text.toLowerCase(Locale.GERMAN);
    lower = lower.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
    lower = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return lower.replaceAll("\\s+", " ").trim();
  }
}

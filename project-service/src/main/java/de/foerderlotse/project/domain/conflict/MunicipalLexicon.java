package de.foerderlotse.project.domain.conflict;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The curated vocabulary of German municipal projects the normaliser relies on: abbreviations and
 * synonyms (spelled out to one canonical form), head words that compounds are split at, and words
 * too general to tell two measures apart. All entries are lower case with umlauts folded (ä → ae).
 */
final class MunicipalLexicon {

  private MunicipalLexicon() {}

  /**
   * Whole-token replacements, applied before decompounding: abbreviations are spelled out and
   * synonyms mapped to one form, so "OGS" meets "Offene Ganztagsschule" and "Mobilpunkt" meets
   * "Mobilitätsstation".
   */
  static final Map<String, String> REPLACEMENTS =
      Map.ofEntries(
          Map.entry("ogs", "ganztagsschule"),
          
          Map.entry("ganztagsbetreuung", "ganztagsschule"),
          Map.entry("ganztagsangebot", "ganztagsschule"),
          Map.entry("kita", "kindertagesstaette"),
          Map.entry("kitas", "kindertagesstaette"),
          Map.entry("kindergarten", "kindertagesstaette"),
          Map.entry("kindergaerten", "kindertagesstaette"),
          Map.entry("kindertageseinrichtung", "kindertagesstaette"),
          Map.entry("kindertageseinrichtungen", "kindertagesstaette"),
          Map.entry("kindertagesstaetten", "kindertagesstaette"),
          Map.entry("dgh", "dorfgemeinschaftshaus"),
          Map.entry("buergerhaus", "dorfgemeinschaftshaus"),
          Map.entry("gemeinschaftshaus", "dorfgemeinschaftshaus"),
          Map.entry("fw", "feuerwehr"),
          Map.entry("ffw", "feuerwehr"),
          Map.entry("geraetehaus", "feuerwehrgeraetehaus"),
          Map.entry("feuerwache", "feuerwehrgeraetehaus"),
          Map.entry("fttb", "glasfaser"),
          Map.entry("ftth", "glasfaser"),
          Map.entry("fttc", "glasfaser"),
          Map.entry("glasfaserausbau", "glasfaser"),
          Map.entry("glasfaseranschluss", "glasfaser"),
          Map.entry("glasfaseranschluesse", "glasfaser"),
          Map.entry("glasfasernetz", "glasfaser"),
          Map.entry("breitband", "glasfaser"),
          Map.entry("breitbandausbau", "glasfaser"),
          Map.entry("breitbandversorgung", "glasfaser"),
          Map.entry("breitbandanbindung", "glasfaser"),
          Map.entry("gigabit", "glasfaser"),
          Map.entry("gigabitausbau", "glasfaser"),
          Map.entry("gigabitanschluss", "glasfaser"),
          Map.entry("gigabitanschluesse", "glasfaser"),
          Map.entry("elade", "ladeinfrastruktur"),
          Map.entry("eladesaeule", "ladeinfrastruktur"),
          Map.entry("eladesaeulen", "ladeinfrastruktur"),
          Map.entry("ladesaeule", "ladeinfrastruktur"),
          Map.entry("ladesaeulen", "ladeinfrastruktur"),
          Map.entry("ladestation", "ladeinfrastruktur"),
          Map.entry("ladestationen", "ladeinfrastruktur"),
          Map.entry("ladepunkt", "ladeinfrastruktur"),
          Map.entry("ladepunkte", "ladeinfrastruktur"),
          Map.entry("ladepunkten", "ladeinfrastruktur"),
          Map.entry("schnellladesaeulen", "ladeinfrastruktur"),
          Map.entry("schnellladepunkte", "ladeinfrastruktur"),
          Map.entry("ladepark", "ladeinfrastruktur"),
          Map.entry("wallbox", "ladeinfrastruktur"),
          Map.entry("wallboxen", "ladeinfrastruktur"),
          Map.entry("elektrofahrzeuge", "elektromobilitaet"),
          Map.entry("elektrofahrzeug", "elektromobilitaet"),
          Map.entry("elektroautos", "elektromobilitaet"),
          Map.entry("emobilitaet", "elektromobilitaet"),
          Map.entry("eauto", "elektromobilitaet"),
          Map.entry("eautos", "elektromobilitaet"),
          Map.entry("mobilstation", "mobilitaetsstation"),
          Map.entry("mobilstationen", "mobilitaetsstation"),
          Map.entry("mobilpunkt", "mobilitaetsstation"),
          Map.entry("mobilpunkte", "mobilitaetsstation"),
          Map.entry("mobilitaetspunkt", "mobilitaetsstation"),
          Map.entry("mobilitaetshub", "mobilitaetsstation"),
          Map.entry("mobilitaetsstationen", "mobilitaetsstation"),
          Map.entry("fahrradweg", "radweg"),
          Map.entry("fahrradwege", "radweg"),
          Map.entry("radverkehrsweg", "radweg"),
          Map.entry("radverkehrsanlage", "radweg"),
          Map.entry("radverkehrsanlagen", "radweg"),
          Map.entry("radwegebau", "radweg"),
          Map.entry("radwegeverbindung", "radweg"),
          Map.entry("radwegverbindung", "radweg"),
          Map.entry("radwegenetz", "radweg"),
          Map.entry("fahrrad", "rad"),
          Map.entry("pv", "photovoltaik"),
          Map.entry("solaranlage", "photovoltaik"),
          Map.entry("solaranlagen", "photovoltaik"),
          Map.entry("solarstrom", "photovoltaik"),
          Map.entry("pvanlage", "photovoltaik"),
          Map.entry("pvanlagen", "photovoltaik"),
          Map.entry("photovoltaikanlage", "photovoltaik"),
          Map.entry("photovoltaikanlagen", "photovoltaik"),
          Map.entry("str", "strasse"),
          Map.entry("bel", "beleuchtung"),
          Map.entry("strassenlaternen", "strassenbeleuchtung"),
          Map.entry("strassenlampen", "strassenbeleuchtung"),
          Map.entry("turnhalle", "sporthalle"),
          Map.entry("turnhallen", "sporthalle"),
          Map.entry("juz", "jugendzentrum"),
          Map.entry("jugendtreff", "jugendzentrum"),
          Map.entry("jugendhaus", "jugendzentrum"),
          Map.entry("jugendfreizeitheim", "jugendzentrum"),
          Map.entry("buecherei", "bibliothek"),
          Map.entry("stadtbuecherei", "bibliothek"),
          Map.entry("stadtbibliothek", "bibliothek"),
          Map.entry("gemeindebuecherei", "bibliothek"),
          Map.entry("hws", "hochwasserschutz"),
          Map.entry("rrb", "regenrueckhaltebecken"),
          Map.entry("wlan", "wlan"),
          Map.entry("hallenbad", "schwimmbad"),
          Map.entry("lehrschwimmbecken", "schwimmbad"),
          Map.entry("waermepumpen", "waermepumpe"),
          Map.entry("nahwaerme", "waermenetz"),
          Map.entry("nahwaermenetz", "waermenetz"),
          Map.entry("fernwaerme", "waermenetz"),
          Map.entry("fernwaermenetz", "waermenetz"),
          Map.entry("sirenen", "sirene"),
          Map.entry("sirenennetz", "sirene"),
          Map.entry("warnsirenen", "sirene"),
          Map.entry("buergerbus", "buergerbus"),
          Map.entry("ruftaxi", "bedarfsverkehr"),
          Map.entry("rufbus", "bedarfsverkehr"),
          Map.entry("onbedarfsverkehr", "bedarfsverkehr"));

  /**
   * Head words of municipal compounds, longest first so "radweg" wins over "weg": a compound ending
   * in one is split into its modifier and the head ("Radwegebau" → radweg + bau).
   */
  static final List<String> HEADS =
      List.of(
              "radweg", "weg", "station", "schule", "halle", "haus", "netz", "bau", "platz",
              "zentrum", "anlage", "anlagen", "saeule", "beleuchtung", "infrastruktur", "strasse",
              "bad", "becken", "pumpe", "heizung", "dach", "garten", "park", "hof", "markt",
              "gebiet", "raum", "raeume", "versorgung", "konzept", "planung", "sanierung",
              "ausbau", "erweiterung", "erneuerung", "modernisierung", "gebaeude", "brücke",
              "bruecke", "treff", "stelle", "stellen", "bahn", "fahrzeug", "fahrzeuge", "lager",
              "kueche", "mensa", "buecherei", "bibliothek", "museum", "schutz", "steg",
              "geraetehaus", "tagesstaette", "gemeinschaft", "wache", "turm", "spielplatz")
          .stream()
          .sorted(Comparator.comparingInt(String::length).reversed())
          .toList();

  /** German function words: no meaning of their own. */
  static final Set<String> STOPWORDS =
      Set.of(
          "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem",
          "einen", "und", "oder", "mit", "ohne", "fuer", "von", "vom", "zu", "zum", "zur", "im",
          "in", "an", "am", "auf", "aus", "bei", "beim", "nach", "ueber", "unter", "vor", "durch",
          "als", "auch", "sowie", "so", "sich", "soll", "sollen", "wird", "werden", "wurde", "ist",
          "sind", "sein", "hat", "haben", "es", "sie", "er", "wir", "ihr", "dass", "damit", "um",
          "bis", "ab", "zwischen", "gegen", "bzw", "ca", "inkl", "rund", "sowohl", "neue", "neuen",
          "neuer", "neues", "neu", "alle", "allen", "mehr", "weitere", "weiteren", "dort", "hier",
          "dabei", "dazu", "diese", "dieser", "dieses", "diesem", "wie", "nicht", "kein", "keine",
          "nur", "noch", "bereits", "ins", "einschliesslich", "insgesamt", "jeweils", "sollte",
          "kann", "koennen", "wo", "was", "wer", "welche", "welcher", "man", "zwei", "drei",
          "vier", "fuenf", "erste", "ersten", "zweite", "zweiten", "etwa", "sodass", "denen",
          "deren", "dessen", "eur", "euro", "mio", "tsd", "nr", "gem", "lt", "u", "e", "st");

  /**
   * Words present in many unrelated measures (what is done, not to what): they count for the text
   * score but never make two projects candidates of each other.
   */
  static final Set<String> GENERIC =
      Set.of(
          "sanierung", "neubau", "bau", "errichtung", "erweiterung", "modernisierung", "umbau",
          "ausbau", "erneuerung", "projekt", "massnahme", "gemeinde", "stadt", "kommune",
          "ortsteil", "ort", "foerderung", "planung", "umsetzung", "beschaffung", "anschaffung",
          "einrichtung", "herstellung", "verbesserung", "schaffung", "aufwertung", "gestaltung",
          "konzept", "energetisch", "energetische", "kommunal", "kommunale", "kommunalen",
          "oeffentlich", "oeffentliche", "oeffentlichen", "buerger", "buergerinnen", "bereich",
          "standort", "standorte", "nutzung", "anlage", "anlagen", "kosten", "gesamt", "jahr",
          "rahmen", "ziel", "zentral", "zentrale", "zentralen", "ausstattung", "gebaeude",
          "infrastruktur", "nord", "sued", "ost", "west", "alt", "alte", "alten", "gross", "klein",
          "bestehend", "bestehende", "bestehenden", "vorhanden", "vorhandene", "vorhandenen",
          "insbesondere", "dringend", "notwendig", "notwendige", "geplant", "geplante",
          "geplanten", "dafuer", "erforderlich", "zusaetzlich", "zusaetzliche", "moderne",
          "modernen", "modern", "zukunft", "zukunftsfaehig", "nachhaltig", "nachhaltige",
          "kreis", "region", "regional", "regionale", "land", "bund", "mittel", "landesmittel",
          "antrag", "stufe", "phase", "schritt", "teil", "abschnitt", "los", "strasse", "weg",
          "haus", "platz", "halle", "netz", "station", "zentrum", "raum", "raeume", "stelle",
          "stellen", "schutz", "versorgung", "hof", "park", "gebiet", "markt", "dach");
}

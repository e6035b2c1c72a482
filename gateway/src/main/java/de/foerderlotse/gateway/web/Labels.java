package de.foerderlotse.gateway.web;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/** German words and number formats for the templates: {@code {fmt:datum(x)}} and friends. */
@TemplateExtension(namespace = "fmt")
public final class Labels {

  static final ZoneId COUNTY_ZONE = ZoneId.of("Europe/Berlin");
  private static final Locale GERMAN = Locale.GERMANY;
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", GERMAN);
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm 'Uhr'", GERMAN);

  private static final Map<String, String> WORDS =
      Map.ofEntries(
          Map.entry("COMPETING", "Konkurrierende Anträge"),
          Map.entry("DOUBLE_FUNDING", "Doppelförderung"),
          Map.entry("REDUNDANT", "Redundante Projekte"),
          Map.entry("OPEN", "offen"),
          Map.entry("ACKNOWLEDGED", "zur Kenntnis genommen"),
          Map.entry("RESOLVED", "gelöst"),
          Map.entry("DISMISSED", "verworfen"),
          Map.entry("JOINT_APPLICATION", "gemeinsamer Antrag"),
          Map.entry("WITHDRAWN", "zurückgezogen"),
          Map.entry("MERGED", "zusammengelegt"),
          Map.entry("OTHER", "sonstige Lösung"),
          Map.entry("DETECTED", "erkannt"),
          Map.entry("COMMENTED", "kommentiert"),
          Map.entry("REOPENED", "wieder geöffnet"),
          Map.entry("UPDATED", "aktualisiert"),
          Map.entry("KIND_CHANGED", "Art geändert"),
          Map.entry("INFO", "Hinweis"),
          Map.entry("WARNING", "Warnung"),
          Map.entry("CRITICAL", "kritisch"),
          Map.entry("DRAFT", "Entwurf"),
          Map.entry("SUBMITTED", "eingereicht"),
          Map.entry("APPROVED", "bewilligt"),
          Map.entry("REJECTED", "abgelehnt"),
          Map.entry("IN_IMPLEMENTATION", "in Umsetzung"),
          Map.entry("PROOF_OF_USE_SUBMITTED", "Verwendungsnachweis eingereicht"),
          Map.entry("CLOSED", "abgeschlossen"),
          Map.entry("IDEA", "Idee"),
          Map.entry("PLANNED", "geplant"),
          Map.entry("APPLYING", "im Antrag"),
          Map.entry("FUNDED", "gefördert"),
          Map.entry("COMPLETED", "abgeschlossen"),
          Map.entry("MISSED", "versäumt"),
          Map.entry("DONE", "erledigt"),
          // Funding areas (the vocabulary documented in funding-service's README).
          Map.entry("CLIMATE_PROTECTION", "Klimaschutz"),
          Map.entry("CLIMATE_ADAPTATION", "Klimaanpassung"),
          Map.entry("ENERGY", "Energie und Wärme"),
          Map.entry("MOBILITY", "Mobilität und Verkehr"),
          Map.entry("DIGITALISATION", "Digitalisierung"),
          Map.entry("EDUCATION", "Bildung und Schule"),
          Map.entry("CHILDCARE_YOUTH", "Kinderbetreuung und Jugend"),
          Map.entry("SOCIAL_AFFAIRS", "Soziales und Integration"),
          Map.entry("HEALTH_CARE", "Gesundheit und Pflege"),
          Map.entry("CULTURE", "Kultur"),
          Map.entry("SPORT", "Sport"),
          Map.entry("TOURISM", "Tourismus und Freizeit"),
          Map.entry("URBAN_DEVELOPMENT", "Stadtentwicklung"),
          Map.entry("RURAL_DEVELOPMENT", "Ländliche Entwicklung"),
          Map.entry("HOUSING", "Wohnen"),
          Map.entry("ECONOMY", "Wirtschaft und Gewerbeflächen"),
          Map.entry("INNOVATION_RESEARCH", "Innovation und Forschung"),
          Map.entry("LABOUR_SKILLS", "Arbeit und Fachkräfte"),
          Map.entry("ENVIRONMENT_NATURE", "Umwelt und Naturschutz"),
          Map.entry("WATER", "Wasser und Abwasser"),
          Map.entry("CIVIL_PROTECTION", "Bevölkerungsschutz und Feuerwehr"),
          Map.entry("STRUCTURAL_CHANGE", "Strukturwandel"));

  private Labels() {}

  /** German word for a code such as {@code COMPETING}; unknown codes are shown as they are. */
  static String wort(Object code) {
    if (code == null) {
      return "–";
    }
    return WORDS.getOrDefault(code.toString(), code.toString());
  }

  /** A date or instant in ISO form as German date (instants with time, in the county's zone). */
  static String datum(Object iso) {
    if (iso == null || iso.toString().isBlank()) {
      return "–";
    }
    String text = iso.toString();
    try {
      if (text.length() == 10) {
        return LocalDate.parse(text).format(DATE);
      }
      return Instant.parse(text).atZone(COUNTY_ZONE).format(DATE_TIME);
    } catch (DateTimeParseException e) {
      return text;
    }
  }

  static String euro(Object amount) {
    BigDecimal value = decimal(amount);
    return value == null ? "–" : NumberFormat.getCurrencyInstance(GERMAN).format(value);
  }

  /** A share 0..1 as percent, e.g. 0.87 → "87 %". */
  static String prozent(Object share) {
    BigDecimal value = decimal(share);
    return value == null ? "–" : Math.round(value.doubleValue() * 100) + " %";
  }

  static String zahl(Object number) {
    BigDecimal value = decimal(number);
    return value == null ? "–" : NumberFormat.getNumberInstance(GERMAN).format(value);
  }

  static String janein(Object flag) {
    return Boolean.TRUE.equals(flag) || "true".equals(String.valueOf(flag)) ? "ja" : "nein";
  }

  static BigDecimal decimal(Object value) {
    if (value instanceof Number n) {
      return new BigDecimal(n.toString());
    }
    if (value instanceof String s && !s.isBlank()) {
      try {
        return new BigDecimal(s);
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }
}

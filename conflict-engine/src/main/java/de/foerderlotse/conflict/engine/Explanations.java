package de.foerderlotse.conflict.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The German summary of a conflict: its probability and the features that drove it. */
final class Explanations {

  private static final int TOP = 3;

  private Explanations() {}

  static String summary(
      ConflictKind kind, double probability, double[] contributions, PairFeatures.Vector x) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < contributions.length; i++) {
      if (contributions[i] > 0) {
        order.add(i);
      }
    }
    order.sort((i, j) -> Double.compare(contributions[j], contributions[i]));
    Set<String> reasons = new LinkedHashSet<>();
    for (int i : order) {
      String reason = reason(PairFeatures.NAMES.get(i), x);
      if (reason != null) {
        reasons.add(reason);
      }
      if (reasons.size() == TOP) {
        break;
      }
    }
    return lead(kind)
        + " (Konfliktwahrscheinlichkeit "
        + Math.round(probability * 100)
        + " %): "
        + String.join("; ", reasons)
        + ".";
  }

  private static String lead(ConflictKind kind) {
    return switch (kind) {
      case DOUBLE_FUNDING ->
          "Dasselbe Vorhaben derselben Kommune bei verschiedenen Förderprogrammen: Gefahr der"
              + " Doppelförderung";
      case COMPETING -> "Gleichartige Vorhaben verschiedener Kommunen im selben Förderaufruf";
      case REDUNDANT ->
          "Gleichartige Einrichtungen in der Nähe und im selben Zeitraum: Gefahr doppelter"
              + " Kapazitäten";
    };
  }

  private static String reason(String feature, PairFeatures.Vector x) {
    String base = feature.replaceFirst("^(doubleFunding|competing|redundant)", "");
    base = base.isEmpty() ? feature : Character.toLowerCase(base.charAt(0)) + base.substring(1);
    return switch (base) {
      case "objectSame", "objectHead" ->
          x.matchA() == null ? null : "gleiche Einrichtungsart: " + x.matchA() + " ~ " + x.matchB();
      case "facility", "objectFacility", "facilityCatchment" ->
          "Einrichtung mit überlappendem Einzugsbereich";
      case "name", "sharedName" -> "dasselbe Objekt genannt";
      case "titleDice" -> "ähnliche Titel (" + percent(x.get("titleDice")) + ")";
      case "termsCosine" -> "ähnliche Beschreibung (" + percent(x.get("termsCosine")) + ")";
      case "char3Cosine" -> "ähnlicher Wortlaut (" + percent(x.get("char3Cosine")) + ")";
      case "sameCall" -> "gleicher Aufruf";
      case "sameCategory" -> "gleicher Förderbereich";
      case "nearby" ->
          x.distanceKm() == null
              ? null
              : String.format(Locale.GERMANY, "%.0f km entfernt", x.distanceKm());
      case "timeShare" -> "zeitlich " + percent(x.get("timeShare")) + " überlappend";
      case "costRatio" -> "ähnliche Kosten (" + percent(x.get("costRatio")) + ")";
      case "sameSiteCost" -> "gleicher Standort und ähnliche Kosten";
      case "sharedCost" -> "gemeinsame Kostenpositionen (" + percent(x.get("sharedCost")) + ")";
      case "objectSimilar" ->
          "ähnlich geschriebener Gegenstand (" + percent(x.get("objectSimilar")) + ")";
      default -> null;
    };
  }

  private static String percent(double value) {
    return Math.round(value * 100) + " %";
  }
}

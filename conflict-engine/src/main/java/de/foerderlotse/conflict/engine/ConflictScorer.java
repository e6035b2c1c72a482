package de.foerderlotse.conflict.engine;

import de.foerderlotse.conflict.engine.ConflictProfile.CostItem;
import de.foerderlotse.conflict.engine.ConflictProfile.Participation;
import de.foerderlotse.conflict.engine.Finding.Explanation;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides whether two projects conflict, of which kind, and why: German-aware text similarity of
 * the normalised terms combined with the structured signals. Pure: the service and the quality
 * benchmark call exactly this.
 *
 * <p>A pair is only ever flagged if it shares a key term that is in the title of one of them, and
 * it is of one municipality, or shares a programme, or lies within the radius with overlapping
 * periods. The service's candidate query asks for exactly these (index-backed), so it cannot miss a
 * pair this scorer would flag.
 */
public final class ConflictScorer {

  private final ScoringRules rules;

  public ConflictScorer(ScoringRules rules) {
    this.rules = rules;
  }

  public ScoringRules rules() {
    return rules;
  }

  public Optional<Finding> assess(ConflictProfile a, ConflictProfile b) {
    if (!a.active() || !b.active() || Objects.equals(a.key(), b.key())) {
      return Optional.empty();
    }
    List<String> shared = sharedKeyTerms(a, b);
    if (shared.isEmpty()) {
      return Optional.empty();
    }
    double text = textScore(a, b);
    Double distance =
        a.hasPosition() && b.hasPosition()
            ? GeoDistance.haversineKm(a.lat(), a.lon(), b.lat(), b.lon())
            : null;
    Long overlap = overlapDays(a, b);
    Participation[] common = commonProgramme(a, b);
    boolean sameProgramme = common != null;
    boolean sameCall = sameProgramme && common[0].call() != null && common[1].call() != null;
    boolean sameCategory = a.category() != null && a.category().equals(b.category());
    ScoringRules.Weights w = rules.weights();

    if (a.ags().equals(b.ags())) {
      Participation[] different = differentProgrammes(a, b);
      if (different == null) {
        return Optional.empty();
      }
      double cost = sharedCostShare(a, b);
      boolean sameFigures = sameSite(distance) && similarCost(a, b);
      if (cost == 0 && !sameFigures) {
        return Optional.empty();
      }
      double score =
          blend(
              w.text(),
              text,
              w.category(),
              sameCategory ? 1 : 0,
              w.cost(),
              Math.max(cost, sameFigures ? 1 : 0));
      return flag(
          ConflictKind.DOUBLE_FUNDING,
          rules.doubleFunding(),
          text,
          score,
          different,
          explanation(
              text,
              shared,
              distance,
              overlap,
              false,
              false,
              summaryDoubleFunding(text, cost, sameFigures)));
    }
    if (sameProgramme) {
      double score =
          blend(w.text(), text, w.category(), sameCategory ? 1 : 0, w.call(), sameCall ? 1 : 0);
      return flag(
          ConflictKind.COMPETING,
          rules.competing(),
          text,
          score,
          common,
          explanation(
              text, shared, distance, overlap, true, sameCall, summaryCompeting(text, sameCall)));
    }
    if (distance == null
        || distance > rules.radiusKm()
        || overlap == null
        || overlap <= 0
        || !sameFacility(a, b, shared)) {
      return Optional.empty();
    }
    double proximity = 1 - distance / rules.radiusKm();
    double timeShare = overlapShare(a, b, overlap);
    double total = w.text() + w.category() + w.distance() + w.time();
    double score =
        (w.text() * text
                + w.category() * (sameCategory ? 1 : 0)
                + w.distance() * proximity
                + w.time() * timeShare)
            / total;
    Participation[] sides = {first(a), first(b)};
    return flag(
        ConflictKind.REDUNDANT,
        rules.redundant(),
        text,
        score,
        sides,
        explanation(
            text,
            shared,
            distance,
            overlap,
            false,
            false,
            summaryRedundant(text, distance, overlap)));
  }

  /**
   * Both are the same kind of facility with a catchment area (a shared facility term from a title),
   * and not a location-bound network measure that both titles name.
   */
  private static boolean sameFacility(ConflictProfile a, ConflictProfile b, List<String> shared) {
    Set<String> titles = new TreeSet<>(a.titleTerms());
    titles.addAll(b.titleTerms());
    boolean facility =
        shared.stream().anyMatch(t -> GermanTerms.isFacility(t) && titles.contains(t));
    boolean network =
        shared.stream()
            .anyMatch(
                t ->
                    GermanTerms.isNetwork(t)
                        && a.titleTerms().contains(t)
                        && b.titleTerms().contains(t));
    return facility && !network;
  }

  private boolean sameSite(Double distance) {
    return distance != null && distance <= rules.sameSiteKm();
  }

  private boolean similarCost(ConflictProfile a, ConflictProfile b) {
    if (a.totalCost() == null || b.totalCost() == null || a.totalCost().signum() <= 0) {
      return false;
    }
    double ratio = b.totalCost().doubleValue() / a.totalCost().doubleValue();
    return Math.abs(ratio - 1) <= rules.costTolerance();
  }

  /** Weighted Dice similarity of title terms and of all terms, blended. */
  public double textScore(ConflictProfile a, ConflictProfile b) {
    double title = dice(a.titleTerms(), b.titleTerms());
    double all = dice(a.terms(), b.terms());
    return rules.titleWeight() * title + (1 - rules.titleWeight()) * all;
  }

  /**
   * Key terms both share, those from a title first, each group in alphabetical order (so the
   * explanation does not depend on which side is asked first); empty if no title term is shared.
   */
  static List<String> sharedKeyTerms(ConflictProfile a, ConflictProfile b) {
    Set<String> anchored = new TreeSet<>(a.titleKeyTerms());
    anchored.retainAll(b.keyTerms());
    Set<String> fromB = new TreeSet<>(b.titleKeyTerms());
    fromB.retainAll(a.keyTerms());
    anchored.addAll(fromB);
    if (anchored.isEmpty()) {
      return List.of();
    }
    Set<String> rest = new TreeSet<>(a.keyTerms());
    rest.retainAll(b.keyTerms());
    rest.removeAll(anchored);
    List<String> all = new ArrayList<>(anchored);
    all.addAll(rest);
    return all;
  }

  private double dice(Collection<String> a, Collection<String> b) {
    double total = weight(a) + weight(b);
    if (total == 0) {
      return 0;
    }
    Set<String> shared = new LinkedHashSet<>(a);
    shared.retainAll(new LinkedHashSet<>(b));
    return 2 * weight(shared) / total;
  }

  private double weight(Collection<String> terms) {
    double sum = 0;
    for (String term : terms) {
      sum +=
          GermanTerms.isGeneric(term)
              ? rules.genericTermWeight()
              : GermanTerms.isConcept(term) ? rules.conceptTermWeight() : 1;
    }
    return sum;
  }

  private static Long overlapDays(ConflictProfile a, ConflictProfile b) {
    if (a.plannedStart() == null
        || a.plannedEnd() == null
        || b.plannedStart() == null
        || b.plannedEnd() == null) {
      return null;
    }
    var start = a.plannedStart().isAfter(b.plannedStart()) ? a.plannedStart() : b.plannedStart();
    var end = a.plannedEnd().isBefore(b.plannedEnd()) ? a.plannedEnd() : b.plannedEnd();
    return Math.max(0, ChronoUnit.DAYS.between(start, end) + 1);
  }

  private static double overlapShare(ConflictProfile a, ConflictProfile b, long overlap) {
    long shorter =
        Math.min(
            ChronoUnit.DAYS.between(a.plannedStart(), a.plannedEnd()) + 1,
            ChronoUnit.DAYS.between(b.plannedStart(), b.plannedEnd()) + 1);
    return shorter <= 0 ? 0 : Math.min(1, (double) overlap / shorter);
  }

  /** A programme both apply to in the same call (or both without a call yet); null if none. */
  private static Participation[] commonProgramme(ConflictProfile a, ConflictProfile b) {
    for (Participation pa : a.participations()) {
      for (Participation pb : b.participations()) {
        if (pa.programme() != null
            && pa.programme().equals(pb.programme())
            && Objects.equals(pa.call(), pb.call())) {
          return new Participation[] {pa, pb};
        }
      }
    }
    return null;
  }

  /** Two participations in different programmes; null if there are none. */
  private static Participation[] differentProgrammes(ConflictProfile a, ConflictProfile b) {
    for (Participation pa : a.participations()) {
      for (Participation pb : b.participations()) {
        if (pa.programme() != null
            && pb.programme() != null
            && !pa.programme().equals(pb.programme())) {
          return new Participation[] {pa, pb};
        }
      }
    }
    return null;
  }

  /** Share of the smaller project's cost in items of equal amount and like label. */
  private static double sharedCostShare(ConflictProfile a, ConflictProfile b) {
    BigDecimal shared = BigDecimal.ZERO;
    for (CostItem ia : a.costItems()) {
      for (CostItem ib : b.costItems()) {
        if (ia.amount() != null
            && ib.amount() != null
            && ia.amount().compareTo(ib.amount()) == 0
            && !disjoint(
                GermanTerms.keyTerms(GermanTerms.of(ia.label())),
                GermanTerms.keyTerms(GermanTerms.of(ib.label())))) {
          shared = shared.add(ia.amount());
          break;
        }
      }
    }
    BigDecimal smaller = smallerTotal(a, b);
    return smaller == null || smaller.signum() <= 0
        ? 0
        : Math.min(1, shared.doubleValue() / smaller.doubleValue());
  }

  private static BigDecimal smallerTotal(ConflictProfile a, ConflictProfile b) {
    if (a.totalCost() == null || b.totalCost() == null) {
      return a.totalCost() == null ? b.totalCost() : a.totalCost();
    }
    return a.totalCost().min(b.totalCost());
  }

  private static boolean disjoint(Set<String> a, Set<String> b) {
    return a.stream().noneMatch(b::contains);
  }

  private static Participation first(ConflictProfile p) {
    return p.participations().isEmpty() ? null : p.participations().get(0);
  }

  private static double blend(double w1, double v1, double w2, double v2, double w3, double v3) {
    double total = w1 + w2 + w3;
    return total == 0 ? 0 : (w1 * v1 + w2 * v2 + w3 * v3) / total;
  }

  private static Optional<Finding> flag(
      ConflictKind kind,
      ScoringRules.Threshold threshold,
      double text,
      double score,
      Participation[] sides,
      Explanation explanation) {
    if (text < threshold.minText() || score < threshold.minScore()) {
      return Optional.empty();
    }
    return Optional.of(new Finding(kind, round(score), explanation, sides[0], sides[1]));
  }

  private static Explanation explanation(
      double text,
      List<String> shared,
      Double distance,
      Long overlap,
      boolean sameProgramme,
      boolean sameCall,
      String summary) {
    return new Explanation(
        round(text),
        shared,
        distance == null ? null : Math.round(distance * 10) / 10.0,
        overlap,
        sameProgramme,
        sameCall,
        summary);
  }

  private static String summaryCompeting(double text, boolean sameCall) {
    return "Inhaltlich ähnliche Projekte (Textähnlichkeit "
        + percent(text)
        + ") verschiedener Kommunen bewerben sich "
        + (sameCall ? "im selben Förderaufruf." : "beim selben Förderprogramm.");
  }

  private static String summaryDoubleFunding(double text, double cost, boolean sameFigures) {
    return "Dasselbe Vorhaben derselben Kommune (Textähnlichkeit "
        + percent(text)
        + (sameFigures ? ", gleicher Standort und gleiche Kosten" : "")
        + (cost > 0 ? ", gemeinsame Kostenpositionen " + percent(cost) + " der Kosten" : "")
        + ") ist bei verschiedenen Förderprogrammen beantragt: Gefahr der Doppelförderung.";
  }

  private static String summaryRedundant(double text, double distance, long overlap) {
    return "Ähnliche Projekte (Textähnlichkeit "
        + percent(text)
        + ") in "
        + String.format(Locale.GERMANY, "%.1f", distance)
        + " km Entfernung, zeitlich "
        + overlap
        + " Tage überlappend: Gefahr doppelter Kapazitäten.";
  }

  private static String percent(double value) {
    return Math.round(value * 100) + " %";
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}

package de.foerderlotse.conflict.engine;

import de.foerderlotse.conflict.engine.ConflictProfile.Participation;
import de.foerderlotse.conflict.engine.Finding.Explanation;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides whether two projects conflict, of which kind, and why. The kind follows from the
 * structure of the pair (county criterion): one municipality in different programmes is
 * DOUBLE_FUNDING, different municipalities in one programme call are COMPETING, otherwise nearby
 * projects in overlapping periods are REDUNDANT. Whether the pair is a conflict at all is the
 * calibrated probability of the fitted {@link ConflictModel}, compared with its threshold. Pure:
 * the service and the quality benchmark call exactly this.
 *
 * <p>A pair is only ever flagged if it shares a key term that is in the title of one of them
 * (concepts of the thesaurus are terms too), and it is of one municipality, or shares a programme,
 * or lies within the radius with overlapping periods. The service's candidate query asks for
 * exactly these (index-backed), so it cannot miss a pair this scorer would flag.
 */
public final class ConflictScorer {

  private final ScoringRules rules;
  private final ConflictModel model;

  /** The scorer with the engine's bundled model; of the rules only the radius is used. */
  public ConflictScorer(ScoringRules rules) {
    this(rules, ConflictModel.bundled());
  }

  public ConflictScorer(ScoringRules rules, ConflictModel model) {
    this.rules = rules;
    this.model = model;
  }

  public ScoringRules rules() {
    return rules;
  }

  public ConflictModel model() {
    return model;
  }

  /** A pair that passed the structural gate, with its probability whether flagged or not. */
  public record Assessment(
      ConflictKind kind,
      double probability,
      PairFeatures.Vector features,
      Participation sideA,
      Participation sideB,
      List<String> shared,
      Long overlapDays,
      boolean sameProgramme,
      boolean sameCall) {}

  public Optional<Finding> assess(ConflictProfile a, ConflictProfile b) {
    return evaluate(a, b)
        .filter(e -> e.probability() >= model.threshold())
        .map(e -> new Finding(e.kind(), round(e.probability()), explain(e), e.sideA(), e.sideB()));
  }

  /**
   * The kind and probability of a pair that could conflict; empty if its structure rules it out.
   */
  public Optional<Assessment> evaluate(ConflictProfile a, ConflictProfile b) {
    if (!a.active() || !b.active() || Objects.equals(a.key(), b.key())) {
      return Optional.empty();
    }
    Set<String> keysA = a.keyTerms();
    Set<String> keysB = b.keyTerms();
    List<String> shared = sharedKeyTerms(a.titleKeyTerms(), keysA, b.titleKeyTerms(), keysB);
    if (shared.isEmpty()) {
      return Optional.empty();
    }
    Double distance =
        a.hasPosition() && b.hasPosition()
            ? GeoDistance.haversineKm(a.lat(), a.lon(), b.lat(), b.lon())
            : null;
    Long overlap = overlapDays(a, b);
    Participation[] common = commonProgramme(a, b);
    boolean sameCall = common != null && common[0].call() != null && common[1].call() != null;
    ConflictKind kind;
    Participation[] sides;
    if (a.ags().equals(b.ags())) {
      sides = differentProgrammes(a, b);
      kind = ConflictKind.DOUBLE_FUNDING;
    } else if (common != null) {
      sides = common;
      kind = ConflictKind.COMPETING;
    } else if (distance != null && distance <= rules.radiusKm() && overlap != null && overlap > 0) {
      sides = new Participation[] {first(a), first(b)};
      kind = ConflictKind.REDUNDANT;
    } else {
      return Optional.empty();
    }
    // County criterion: substitutes are the same object or the same kind of facility.
    if (sides == null || !PairFeatures.related(a, b)) {
      return Optional.empty();
    }
    double timeShare = overlap == null ? 0 : overlapShare(a, b, overlap);
    PairFeatures.Vector x =
        PairFeatures.of(kind, a, b, keysA, keysB, distance, timeShare, sameCall);
    // One project applied to two programmes is double funding by definition, not by likelihood.
    boolean oneProject =
        kind == ConflictKind.DOUBLE_FUNDING
            && Objects.equals(a.title(), b.title())
            && a.terms().equals(b.terms());
    return Optional.of(
        new Assessment(
            kind,
            oneProject ? 1.0 : model.probability(x.values()),
            x,
            sides[0],
            sides[1],
            shared,
            overlap,
            common != null,
            sameCall));
  }

  /** Text similarity for the explanation: mean of object-word overlap and term cosine. */
  public double textScore(ConflictProfile a, ConflictProfile b) {
    PairFeatures.Vector x = PairFeatures.of(null, a, b, null, 0, false);
    return round((x.get("titleDice") + x.get("termsCosine")) / 2);
  }

  private Explanation explain(Assessment e) {
    PairFeatures.Vector x = e.features();
    Double distance = x.distanceKm() == null ? null : Math.round(x.distanceKm() * 10) / 10.0;
    return new Explanation(
        round((x.get("titleDice") + x.get("termsCosine")) / 2),
        e.shared(),
        distance,
        e.overlapDays(),
        e.sameProgramme(),
        e.sameCall(),
        Explanations.summary(e.kind(), e.probability(), model.contributions(x.values()), x));
  }

  /**
   * Key terms both share, those from a title first, each group in alphabetical order (so the
   * explanation does not depend on which side is asked first); empty if no title term is shared.
   */
  static List<String> sharedKeyTerms(ConflictProfile a, ConflictProfile b) {
    return sharedKeyTerms(a.titleKeyTerms(), a.keyTerms(), b.titleKeyTerms(), b.keyTerms());
  }

  private static List<String> sharedKeyTerms(
      Set<String> titleA, Set<String> keysA, Set<String> titleB, Set<String> keysB) {
    Set<String> anchored = new TreeSet<>();
    for (String t : titleA) {
      if (keysB.contains(t)) {
        anchored.add(t);
      }
    }
    for (String t : titleB) {
      if (keysA.contains(t)) {
        anchored.add(t);
      }
    }
    if (anchored.isEmpty()) {
      return List.of();
    }
    Set<String> rest = new TreeSet<>(keysA);
    rest.retainAll(keysB);
    rest.removeAll(anchored);
    List<String> all = new ArrayList<>(anchored);
    all.addAll(rest);
    return all;
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

  private static Participation first(ConflictProfile p) {
    return p.participations().isEmpty() ? null : p.participations().get(0);
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}

package de.foerderlotse.conflict.engine;

import de.foerderlotse.conflict.engine.ConflictProfile.CostItem;
import de.foerderlotse.conflict.engine.GermanTerms.Word;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The evidence about a pair the model weighs: several views of the texts (object words, heads,
 * concepts, names, title and term overlap, character 3-grams) and the structured signals (call,
 * category, distance, period, cost), with kind-specific copies where a signal means something else
 * per kind. Every value lies in [0, 1].
 */
public final class PairFeatures {

  /** Feature names in vector order; a model file lists the same names. */
  public static final List<String> NAMES =
      List.of(
          "objectSame",
          "objectHead",
          "objectFacility",
          "objectLocalNeed",
          "placeOnly",
          "sharedName",
          "titleDice",
          "termsCosine",
          "char3Cosine",
          "sameCall",
          "sameCategory",
          "nearby",
          "timeShare",
          "costRatio",
          "sharedCost",
          "kindDoubleFunding",
          "kindCompeting",
          "kindRedundant",
          "doubleFundingObjectSame",
          "doubleFundingSameSiteCost",
          "competingFacility",
          "competingLocalNeed",
          "competingName",
          "redundantFacility",
          "redundantLocalNeed",
          "redundantNearby",
          "facilityCatchment",
          "competingFacilityFar",
          "objectSimilar");

  private static final double NEAR_KM = 50;

  /**
   * Two object words whose spelling overlaps this much (character 3-gram cosine) name a similar
   * thing even when no dictionary relates them: Rundwanderwege ~ Wanderwegenetz.
   */
  static final double SIMILAR_OBJECT = 0.6;

  private static final int SIMILAR_MIN_LENGTH = 6;
  private static final double SAME_SITE_KM = 0.3;

  /** The county's catchment rule: facilities of one kind at most this far apart are substitutes. */
  private static final double CATCHMENT_KM = 25;

  private PairFeatures() {}

  /** The feature vector and the words that matched, for the explanation. */
  public record Vector(double[] values, String matchA, String matchB, Double distanceKm) {

    public double get(String name) {
      return values[NAMES.indexOf(name)];
    }
  }

  /**
   * Whether the titles share an object (the same word, concept or tail, or a non-generic head) or a
   * name: the cheap test the scorer makes before computing the features.
   */
  public static boolean related(ConflictProfile a, ConflictProfile b) {
    TitleStructure sa = TitleStructure.of(a.title());
    TitleStructure sb = TitleStructure.of(b.title());
    Match match = match(sa.objects(), sb.objects());
    return match.same
        || match.head
        || sharedName(sa, sb, a, b)
        || similarObject(sa.objects(), sb.objects()) >= SIMILAR_OBJECT;
  }

  /** The highest character 3-gram cosine between two object words of the titles. */
  static double similarObject(List<Word> as, List<Word> bs) {
    double best = 0;
    for (Word wa : as) {
      for (Word wb : bs) {
        if (wa.full().length() >= SIMILAR_MIN_LENGTH && wb.full().length() >= SIMILAR_MIN_LENGTH) {
          best = Math.max(best, CharGrams.cosine(wa.full(), wb.full()));
        }
      }
    }
    return best;
  }

  public static Vector of(
      ConflictKind kind,
      ConflictProfile a,
      ConflictProfile b,
      Double distanceKm,
      double timeShare,
      boolean sameCall) {
    return of(kind, a, b, a.keyTerms(), b.keyTerms(), distanceKm, timeShare, sameCall);
  }

  /** The same with the key terms of both sides already at hand (the scorer computes them once). */
  static Vector of(
      ConflictKind kind,
      ConflictProfile a,
      ConflictProfile b,
      Set<String> keyTermsA,
      Set<String> keyTermsB,
      Double distanceKm,
      double timeShare,
      boolean sameCall) {
    TitleStructure sa = TitleStructure.of(a.title());
    TitleStructure sb = TitleStructure.of(b.title());
    Match match = match(sa.objects(), sb.objects());
    double[] x = new double[NAMES.size()];
    x[0] = match.same ? 1 : 0;
    x[1] = match.head && !match.same ? 1 : 0;
    x[2] = match.facility ? 1 : 0;
    x[3] = match.localNeed ? 1 : 0;
    x[4] = !match.same && !match.head && placesShared(sa, sb) ? 1 : 0;
    x[5] = sharedName(sa, sb, a, b) ? 1 : 0;
    x[6] = dice(objectTerms(sa), objectTerms(sb));
    x[7] = cosine(keyTermsA, keyTermsB);
    x[8] = CharGrams.cosine(a.title(), b.title());
    x[9] = sameCall ? 1 : 0;
    x[10] = a.category() != null && a.category().equals(b.category()) ? 1 : 0;
    x[11] = distanceKm == null ? 0 : Math.max(0, 1 - distanceKm / NEAR_KM);
    x[12] = timeShare;
    x[13] = costRatio(a.totalCost(), b.totalCost());
    x[14] = sharedCostShare(a, b);
    boolean df = kind == ConflictKind.DOUBLE_FUNDING;
    boolean comp = kind == ConflictKind.COMPETING;
    boolean red = kind == ConflictKind.REDUNDANT;
    x[15] = df ? 1 : 0;
    x[16] = comp ? 1 : 0;
    x[17] = red ? 1 : 0;
    x[18] = df ? x[0] : 0;
    // Two centroids 0 km apart are one municipality, not one site.
    boolean sameSite =
        distanceKm != null && distanceKm <= SAME_SITE_KM && a.siteGiven() && b.siteGiven();
    x[19] = df && sameSite ? x[13] : 0;
    x[20] = comp ? x[2] : 0;
    x[21] = comp ? x[3] : 0;
    x[22] = comp ? x[5] : 0;
    x[23] = red ? x[2] : 0;
    x[24] = red ? x[3] : 0;
    x[25] = red ? x[11] : 0;
    boolean catchment = distanceKm != null && distanceKm <= CATCHMENT_KM;
    x[26] = match.facility && catchment ? 1 : 0;
    x[27] = comp && match.facility && !catchment ? 1 : 0;
    x[28] = match.same || match.head ? 0 : similarObject(sa.objects(), sb.objects());
    return new Vector(x, match.wordA, match.wordB, distanceKm);
  }

  /** The best match between the object words of two titles. */
  private static final class Match {
    boolean same;
    boolean head;
    boolean facility;
    boolean localNeed;
    String wordA;
    String wordB;
  }

  private static Match match(List<Word> as, List<Word> bs) {
    Match best = new Match();
    for (Word wa : as) {
      for (Word wb : bs) {
        boolean same = sameObject(wa, wb);
        boolean head = !GermanTerms.isGeneric(wa.head()) && wa.head().equals(wb.head());
        if ((same && !best.same) || (head && !best.same && !best.head)) {
          best.same = same;
          best.head = head || same;
          best.facility = kindOf(wa, wb, true);
          best.localNeed = kindOf(wa, wb, false);
          best.wordA = wa.surface();
          best.wordB = wb.surface();
        }
      }
    }
    return best;
  }

  private static boolean sameObject(Word a, Word b) {
    if (a.full().equals(b.full()) || !disjoint(a.concepts(), b.concepts())) {
      return true;
    }
    if (a.concepts().contains(b.full()) || b.concepts().contains(a.full())) {
      return true;
    }
    List<String> ta = a.tails();
    return ta.contains(b.full()) || b.tails().contains(a.full()) || !disjoint(ta, b.tails());
  }

  /** Whether either matched word (whole, tail, head or concept) is a facility (or a local need). */
  private static boolean kindOf(Word a, Word b, boolean facility) {
    return classedAs(a, facility) || classedAs(b, facility);
  }

  private static boolean classedAs(Word w, boolean facility) {
    if (classedAs(w.full(), facility) || classedAs(w.head(), facility)) {
      return true;
    }
    for (String tail : w.tails()) {
      if (classedAs(tail, facility)) {
        return true;
      }
    }
    for (String concept : w.concepts()) {
      if (classedAs(concept, facility)) {
        return true;
      }
    }
    return false;
  }

  private static boolean classedAs(String form, boolean facility) {
    return facility ? GermanTerms.isFacility(form) : GermanTerms.isLocalNeed(form);
  }

  private static boolean placesShared(TitleStructure a, TitleStructure b) {
    Set<String> pa = new HashSet<>();
    a.places().forEach(w -> pa.add(w.full()));
    return b.places().stream().anyMatch(w -> pa.contains(w.full()));
  }

  private static boolean sharedName(
      TitleStructure sa, TitleStructure sb, ConflictProfile a, ConflictProfile b) {
    return sa.names().stream().anyMatch(n -> b.titleTerms().contains(n))
        || sb.names().stream().anyMatch(n -> a.titleTerms().contains(n));
  }

  private static Set<String> objectTerms(TitleStructure s) {
    Set<String> terms = new HashSet<>();
    for (Word w : s.objects()) {
      terms.add(w.full());
      terms.addAll(w.concepts());
      if (w.parts().size() > 1) {
        w.parts().stream().filter(p -> !GermanTerms.isGeneric(p)).forEach(terms::add);
      }
    }
    return terms;
  }

  static double dice(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String t : a) {
      shared += b.contains(t) ? 1 : 0;
    }
    return 2.0 * shared / (a.size() + b.size());
  }

  private static double cosine(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String t : a) {
      shared += b.contains(t) ? 1 : 0;
    }
    return shared / Math.sqrt((double) a.size() * b.size());
  }

  private static double costRatio(BigDecimal a, BigDecimal b) {
    if (a == null || b == null || a.signum() <= 0 || b.signum() <= 0) {
      return 0;
    }
    double ra = a.doubleValue();
    double rb = b.doubleValue();
    return Math.min(ra, rb) / Math.max(ra, rb);
  }

  /** Share of the smaller project's cost in items of equal amount and a like label. */
  static double sharedCostShare(ConflictProfile a, ConflictProfile b) {
    double shared = 0;
    for (CostItem ia : a.costItems()) {
      for (CostItem ib : b.costItems()) {
        if (ia.amount() != null
            && ib.amount() != null
            && ia.amount().compareTo(ib.amount()) == 0
            && !disjoint(labelTerms(ia.label()), labelTerms(ib.label()))) {
          shared += ia.amount().doubleValue();
          break;
        }
      }
    }
    BigDecimal smaller =
        a.totalCost() == null
            ? b.totalCost()
            : b.totalCost() == null ? a.totalCost() : a.totalCost().min(b.totalCost());
    return smaller == null || smaller.signum() <= 0
        ? 0
        : Math.min(1, shared / smaller.doubleValue());
  }

  private static final Map<String, List<String>> LABEL_TERMS = new ConcurrentHashMap<>();

  /** Terms of a cost item's label; labels recur, and normalising splits compounds (costly). */
  private static List<String> labelTerms(String label) {
    if (label == null) {
      return List.of();
    }
    List<String> cached = LABEL_TERMS.get(label);
    if (cached != null) {
      return cached;
    }
    List<String> terms = GermanTerms.of(label);
    if (LABEL_TERMS.size() < 50_000) {
      LABEL_TERMS.put(label, terms);
    }
    return terms;
  }

  private static boolean disjoint(Collection<String> a, Collection<String> b) {
    for (String x : a) {
      if (b.contains(x)) {
        return false;
      }
    }
    return true;
  }

  /** Character 3-grams of lower-case text, cosine of their counts. */
  static final class CharGrams {
    private static final int CACHE_LIMIT = 200_000;

    /** Titles and object words recur across candidates: their 3-gram counts are kept. */
    private static final Map<String, Grams> CACHE = new ConcurrentHashMap<>();

    private record Grams(Map<String, Integer> counts, double norm) {}

    private CharGrams() {}

    static double cosine(String a, String b) {
      Grams ga = grams(a);
      Grams gb = grams(b);
      double norm = ga.norm() * gb.norm();
      if (norm == 0) {
        return 0;
      }
      Map<String, Integer> small =
          ga.counts().size() <= gb.counts().size() ? ga.counts() : gb.counts();
      Map<String, Integer> large = small == ga.counts() ? gb.counts() : ga.counts();
      double dot = 0;
      for (var e : small.entrySet()) {
        Integer other = large.get(e.getKey());
        if (other != null) {
          dot += e.getValue() * other;
        }
      }
      return dot / norm;
    }

    private static Grams grams(String text) {
      if (text == null) {
        return new Grams(Map.of(), 0);
      }
      Grams cached = CACHE.get(text);
      if (cached != null) {
        return cached;
      }
      Grams computed = count(text);
      if (CACHE.size() < CACHE_LIMIT) {
        CACHE.put(text, computed);
      }
      return computed;
    }

    private static Grams count(String text) {
      StringBuilder s = new StringBuilder(text.length() + 2).append(' ');
      boolean space = true;
      for (char c : text.toLowerCase(Locale.GERMAN).toCharArray()) {
        boolean blank = Character.isWhitespace(c);
        if (!blank || !space) {
          s.append(blank ? ' ' : c);
        }
        space = blank;
      }
      if (!space) {
        s.append(' ');
      }
      Map<String, Integer> counts = new HashMap<>();
      for (int i = 0; i + 3 <= s.length(); i++) {
        counts.merge(s.substring(i, i + 3), 1, Integer::sum);
      }
      double sum = 0;
      for (int v : counts.values()) {
        sum += (double) v * v;
      }
      return new Grams(counts, Math.sqrt(sum));
    }
  }
}

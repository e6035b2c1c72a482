package de.foerderlotse.conflict.engine;

/**
 * The material fingerprint of a pair: both sides' fingerprints in canonical order, and the kind.
 */
public final class PairFingerprint {

  private PairFingerprint() {}

  public static String of(ConflictKind kind, ConflictProfile a, ConflictProfile b) {
    String fa = a.materialFingerprint();
    String fb = b.materialFingerprint();
    return ConflictProfile.sha256(
        kind + "|" + (fa.compareTo(fb) <= 0 ? fa + "|" + fb : fb + "|" + fa));
  }
}

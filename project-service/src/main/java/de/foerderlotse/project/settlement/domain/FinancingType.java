package de.foerderlotse.project.settlement.domain;

/** Form of financing of a project grant (Finanzierungsart, VV Nr. 2.2 zu § 44 LHO). */
public enum FinancingType {
  /** Anteilfinanzierung: the grant carries a share of every expense. */
  SHARE,
  /** Fehlbedarfsfinanzierung: the grant closes the gap; own and third-party funds go first. */
  SHORTFALL,
  /** Festbetragsfinanzierung: a fixed amount, spent pro rata here. */
  FIXED_AMOUNT;

  /** The type a rule set names; a rule set naming none is treated as share-based, as before. */
  public static FinancingType of(String name) {
    for (FinancingType type : values()) {
      if (type.name().equals(name)) {
        return type;
      }
    }
    return SHARE;
  }

  /** German name for advice texts. */
  public String label() {
    return switch (this) {
      case SHARE -> "Anteilfinanzierung";
      case SHORTFALL -> "Fehlbedarfsfinanzierung";
      case FIXED_AMOUNT -> "Festbetragsfinanzierung";
    };
  }
}

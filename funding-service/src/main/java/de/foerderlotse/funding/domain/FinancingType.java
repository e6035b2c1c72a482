package de.foerderlotse.funding.domain;

/** The form of financing of a project grant (Finanzierungsart, VV Nr. 2.2 zu § 44 LHO). */
public enum FinancingType {
  /** Anteilfinanzierung: a share of the eligible cost. */
  SHARE,
  /** Fehlbedarfsfinanzierung: the gap left after the recipient's own and third-party funds. */
  SHORTFALL,
  /** Festbetragsfinanzierung: a fixed amount. */
  FIXED_AMOUNT
}

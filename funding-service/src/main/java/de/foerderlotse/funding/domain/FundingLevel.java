package de.foerderlotse.funding.domain;

/** Which level the funding body belongs to (Fördergeberebene). */
public enum FundingLevel {
  EU("Europäische Union"),
  FEDERAL("Bund"),
  STATE("Land"),
  REGIONAL("Region"),
  FOUNDATION("Stiftung");

  private final String label;

  FundingLevel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

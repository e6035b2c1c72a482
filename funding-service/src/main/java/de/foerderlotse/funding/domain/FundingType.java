package de.foerderlotse.funding.domain;

/** What form the funding takes (Förderart). */
public enum FundingType {
  GRANT("Zuschuss"),
  LOAN("Darlehen"),
  GUARANTEE("Bürgschaft"),
  OTHER("Sonstige");

  private final String label;

  FundingType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

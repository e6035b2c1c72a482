package de.foerderlotse.project.settlement.domain;

/** Kind of expense; decides which procurement threshold applies. */
public enum CostCategory {
  WORKS("Bauleistungen"),
  SUPPLIES_AND_SERVICES("Liefer- und Dienstleistungen"),
  PERSONNEL("Personalausgaben"),
  OTHER("Sonstige Ausgaben");

  private final String label;

  CostCategory(String label) {
    this.label = label;
  }

  /** The German name shown to users. */
  public String label() {
    return label;
  }
}

package de.foerderlotse.funding.domain;

/** Who may apply to a programme (Antragsberechtigte). */
public enum ApplicantType {
  MUNICIPALITY("Kommune"),
  COUNTY("Kreis"),
  COMPANY("Unternehmen"),
  ASSOCIATION("Verein oder Verband"),
  RESEARCH("Hochschule oder Forschungseinrichtung"),
  OTHER("Sonstige");

  private final String label;

  ApplicantType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

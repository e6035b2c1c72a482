package de.foerderlotse.municipality.domain;

/**
 * What a project is about, in the vocabulary of programme funding areas (Förderbereiche) that
 * funding-service defines and documents (funding-service/README.md): the same codes, so a project
 * can be matched against programmes by area. A new area is added there first, then here.
 */
public enum FundingArea {
  CLIMATE_PROTECTION("Klimaschutz"),
  CLIMATE_ADAPTATION("Klimaanpassung"),
  ENERGY("Energie und Wärme"),
  MOBILITY("Mobilität und Verkehr"),
  DIGITALISATION("Digitalisierung"),
  EDUCATION("Bildung und Schule"),
  CHILDCARE_YOUTH("Kinderbetreuung und Jugend"),
  SOCIAL_AFFAIRS("Soziales und Integration"),
  HEALTH_CARE("Gesundheit und Pflege"),
  CULTURE("Kultur"),
  SPORT("Sport"),
  TOURISM("Tourismus und Freizeit"),
  URBAN_DEVELOPMENT("Stadtentwicklung"),
  RURAL_DEVELOPMENT("Ländliche Entwicklung"),
  HOUSING("Wohnen"),
  ECONOMY("Wirtschaft und Gewerbeflächen"),
  INNOVATION_RESEARCH("Innovation und Forschung"),
  LABOUR_SKILLS("Arbeit und Fachkräfte"),
  ENVIRONMENT_NATURE("Umwelt und Naturschutz"),
  WATER("Wasser und Abwasser"),
  CIVIL_PROTECTION("Bevölkerungsschutz und Feuerwehr"),
  STRUCTURAL_CHANGE("Strukturwandel");

  private final String label;

  FundingArea(String label) {
    this.label = label;
  }

  /** The German name shown to users. */
  public String label() {
    return label;
  }
}

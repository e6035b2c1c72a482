package de.foerderlotse.municipality.domain;

/**
 * What a project is about, in the vocabulary of programme funding areas (Förderbereiche), so a
 * project can be matched against programmes by area.
 */
public enum FundingArea {
  CLIMATE_ENERGY,
  ENVIRONMENT_WATER,
  MOBILITY,
  DIGITALISATION,
  URBAN_DEVELOPMENT,
  STRUCTURAL_CHANGE_ECONOMY,
  RESEARCH_INNOVATION,
  EDUCATION,
  SOCIAL_HEALTH,
  CULTURE_TOURISM,
  SPORT_LEISURE,
  RURAL_DEVELOPMENT,
  INFRASTRUCTURE,
  OTHER
}

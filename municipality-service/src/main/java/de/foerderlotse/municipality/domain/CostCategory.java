package de.foerderlotse.municipality.domain;

/** Kind of cost of a cost item; programmes fund some kinds and exclude others. */
public enum CostCategory {
  PLANNING,
  CONSTRUCTION,
  EQUIPMENT,
  PERSONNEL,
  SERVICES,
  LAND,
  OTHER
}

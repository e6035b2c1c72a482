package de.foerderlotse.municipality.domain;

/** What kind of local authority a tenant is. */
public enum MunicipalityKind {
  CITY,
  MUNICIPALITY,
  COUNTY
}

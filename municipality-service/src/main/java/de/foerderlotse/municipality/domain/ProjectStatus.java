package de.foerderlotse.municipality.domain;

/** Where a municipal project stands, from first idea to completion. */
public enum ProjectStatus {
  IDEA,
  PLANNED,
  APPLYING,
  FUNDED,
  IN_IMPLEMENTATION,
  COMPLETED,
  WITHDRAWN
}

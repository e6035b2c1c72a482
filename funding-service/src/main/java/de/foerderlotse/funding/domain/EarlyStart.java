package de.foerderlotse.funding.domain;

/** Whether a project may start before approval (vorzeitiger Maßnahmebeginn). */
public enum EarlyStart {
  ALLOWED,
  ON_REQUEST,
  FORBIDDEN
}

package de.foerderlotse.municipality.service;

import de.foerderlotse.platform.problem.DomainException;

/** Optimistic locking as users see it: the version they edited must still be current. */
final class Versions {

  private Versions() {}

  static DomainException stale(long currentVersion) {
    return DomainException.conflict(
        "Der Datensatz wurde inzwischen geändert (aktuelle Version "
            + currentVersion
            + "). Bitte neu laden und die Änderung erneut anwenden.");
  }
}

package de.foerderlotse.municipality.service;

import de.foerderlotse.platform.problem.DomainException;
import de.foerderlotse.platform.problem.ProblemKind;

/** The tenant rules every use case applies in the same way. */
final class Tenancy {

  private Tenancy() {}

  /**
   * The municipality a request acts for. A municipality user acts for its own AGS only: naming
   * another one in the request is refused, not silently corrected.
   *
   * @param requested the AGS named in the request, may be {@code null}
   * @return the AGS to act for; {@code null} when a county-wide user named none
   */
  static String actingFor(Actor actor, String requested) {
    if (!actor.isMunicipality()) {
      return requested;
    }
    if (requested != null && !requested.equals(actor.ags())) {
      throw DomainException.forbidden(
          "Sie dürfen nur für Ihre eigene Kommune (" + actor.ags() + ") handeln.");
    }
    return actor.ags();
  }

  /** The AGS a county-wide user must name explicitly. */
  static String required(String ags, String what) {
    if (ags == null) {
      throw new DomainException(
          ProblemKind.VALIDATION, "Bitte die Kommune (ags) angeben, für die " + what + ".");
    }
    return ags;
  }

  static void requireWriter(Actor actor) {
    if (!actor.mayWrite()) {
      throw DomainException.forbidden("Ihre Rolle erlaubt nur Lesen.");
    }
  }
}

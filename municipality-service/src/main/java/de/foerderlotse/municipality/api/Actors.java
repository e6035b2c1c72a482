package de.foerderlotse.municipality.api;

import de.foerderlotse.municipality.domain.Ags;
import de.foerderlotse.municipality.service.Actor;
import de.foerderlotse.platform.problem.DomainException;
import de.foerderlotse.platform.security.Caller;

/** Turns the validated token into the actor the tenant rules work with. */
final class Actors {

  private Actors() {}

  /**
   * The municipality role is checked first: a token that also carries a read-all role must not
   * widen a municipality user's view.
   */
  static Actor of(Caller caller) {
    if (caller.hasRole(Caller.COORDINATOR)) {
      return Actor.countyWide(caller.name(), true);
    }
    if (caller.hasRole(Caller.MUNICIPALITY)) {
      String ags =
          caller
              .municipalityAgs()
              .filter(Ags::isValid)
              .orElseThrow(
                  () ->
                      DomainException.forbidden(
                          "Ihr Token nennt keine gültige Kommune (Anspruch ags)."));
      return Actor.municipality(caller.name(), ags);
    }
    if (caller.hasRole(Caller.VIEWER)) {
      return Actor.countyWide(caller.name(), false);
    }
    throw DomainException.forbidden("Ihre Rolle erlaubt diese Aktion nicht.");
  }
}

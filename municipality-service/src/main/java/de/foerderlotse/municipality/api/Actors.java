package de.foerderlotse.municipality.api;

import de.foerderlotse.municipality.service.Actor;
import de.foerderlotse.platform.security.Caller;
import de.foerderlotse.platform.security.Scope;

/** Turns the validated token into the actor the tenant rules work with. */
final class Actors {

  private Actors() {}

  /** The caller's scope by platform's one role precedence ({@link Caller#scope()}). */
  static Actor of(Caller caller) {
    Scope scope = caller.scope();
    return scope.countyWide()
        ? Actor.countyWide(caller.name(), scope.mayWrite())
        : Actor.municipality(caller.name(), scope.ags());
  }
}

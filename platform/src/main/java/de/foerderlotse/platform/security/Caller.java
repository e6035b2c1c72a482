package de.foerderlotse.platform.security;

import de.foerderlotse.platform.problem.DomainException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, as the validated token says. A municipality user's AGS comes from the token claim
 * {@code ags}, never from the request: that is what keeps tenants apart.
 */
@RequestScoped
public class Caller {

  public static final String SCOUT = "scout";
  public static final String COORDINATOR = "coordinator";
  public static final String MUNICIPALITY = "municipality";
  public static final String VIEWER = "viewer";

  /** Token claim holding the 8-digit official municipality key of a municipality user. */
  public static final String AGS_CLAIM = "ags";

  private final SecurityIdentity identity;
  private final JsonWebToken token;

  public Caller(SecurityIdentity identity, JsonWebToken token) {
    this.identity = identity;
    this.token = token;
  }

  /** The user's login name, recorded in audit trails. */
  public String name() {
    return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
  }

  public boolean hasRole(String role) {
    return identity.hasRole(role);
  }

  /**
   * The caller's scope, one rule for every service: the municipality role narrows every read-only
   * role (a municipality user with the viewer role still sees only its own AGS); only the
   * coordinator role outranks it. Every other role reads county-wide.
   *
   * @throws DomainException 403 for a municipality token without a valid AGS, or a token without
   *     any role
   */
  public Scope scope() {
    if (hasRole(COORDINATOR)) {
      return Scope.county(true);
    }
    if (hasRole(MUNICIPALITY)) {
      return municipalityAgs()
          .filter(ags -> ags.matches("\\d{8}"))
          .map(Scope::municipality)
          .orElseThrow(
              () ->
                  DomainException.forbidden(
                      "Ihr Token nennt keine gültige Kommune (Anspruch ags)."));
    }
    if (hasRole(VIEWER) || hasRole(SCOUT)) {
      return Scope.county(false);
    }
    throw DomainException.forbidden("Ihre Rolle erlaubt diese Aktion nicht.");
  }

  /** The AGS claim of a municipality user, unchecked; empty for county-wide roles. */
  public Optional<String> municipalityAgs() {
    if (!hasRole(MUNICIPALITY) || hasRole(COORDINATOR)) {
      return Optional.empty();
    }
    Object claim = token.getClaim(AGS_CLAIM);
    return Optional.ofNullable(claim).map(Object::toString).map(String::trim);
  }
}

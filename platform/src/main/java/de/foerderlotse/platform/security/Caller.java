package de.foerderlotse.platform.security;

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

  /** The AGS of a municipality user; empty for county-wide roles. */
  public Optional<String> municipalityAgs() {
    if (!hasRole(MUNICIPALITY) || hasRole(COORDINATOR)) {
      return Optional.empty();
    }
    Object claim = token.getClaim(AGS_CLAIM);
    return Optional.ofNullable(claim).map(Object::toString).map(String::trim);
  }
}

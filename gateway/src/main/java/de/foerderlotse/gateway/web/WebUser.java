package de.foerderlotse.gateway.web;

import de.foerderlotse.gateway.security.RolePrecedence;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The signed-in dashboard user: roles from the access token, the AGS and name from the ID token.
 * The services are called with the user's own access token, exactly as the API is.
 */
@RequestScoped
public class WebUser {

  private final SecurityIdentity identity;
  private final JsonWebToken idToken;

  public WebUser(SecurityIdentity identity, JsonWebToken idToken) {
    this.identity = identity;
    this.idToken = idToken;
  }

  /** {@code Authorization} header value for calls to the services on the user's behalf. */
  public String authorization() {
    AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
    return token == null ? null : "Bearer " + token.getToken();
  }

  public boolean isCoordinator() {
    return identity.hasRole("coordinator");
  }

  /**
   * Sees the whole county: a coordinator, or a viewer who is no municipality user (the narrowest
   * scope wins, as platform's {@code Caller} rules).
   */
  public boolean isCounty() {
    return RolePrecedence.countyWide(identity);
  }

  /** A municipality user, confined to its own AGS even when it also holds the viewer role. */
  public boolean isMunicipality() {
    return RolePrecedence.municipalityScoped(identity) && ags() != null;
  }

  /** The user's own municipality, for municipality users. */
  public String ags() {
    Object ags = idToken.getClaim("ags");
    return ags == null || ags.toString().isBlank() ? null : ags.toString();
  }

  /** Who is signed in, as the identity provider names the user; binds form tokens to the user. */
  public String subject() {
    Object sub = idToken.getClaim("sub");
    return sub != null ? sub.toString() : identity.getPrincipal().getName();
  }

  public String username() {
    Object name = idToken.getClaim("preferred_username");
    return name == null ? identity.getPrincipal().getName() : name.toString();
  }

  public String displayName() {
    Object name = idToken.getClaim("name");
    return name == null ? username() : name.toString();
  }

  /** German role name for the page header. */
  public String roleLabel() {
    if (isCoordinator()) {
      return "Kreiskoordination";
    }
    if (isMunicipality()) {
      return "Kommune " + ags();
    }
    if (identity.hasRole("viewer")) {
      return "Lesezugriff";
    }
    return identity.hasRole("scout") ? "Fördermittelscout" : "ohne Rolle";
  }
}

package de.foerderlotse.gateway.security;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * One rule for which scope a token gets, the same as platform's {@code Caller}: the narrowest scope
 * wins. A municipality user stays confined to its AGS even with the viewer role; only the
 * coordinator role outranks the municipality role.
 */
public final class RolePrecedence {

  private RolePrecedence() {}

  /** Confined to the municipality in its token. */
  public static boolean municipalityScoped(SecurityIdentity identity) {
    return identity.hasRole("municipality") && !identity.hasRole("coordinator");
  }

  /** Sees the whole county. */
  public static boolean countyWide(SecurityIdentity identity) {
    return identity.hasRole("coordinator")
        || (identity.hasRole("viewer") && !identity.hasRole("municipality"));
  }
}

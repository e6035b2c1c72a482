package de.foerderlotse.gateway.web;

import io.quarkus.oidc.TenantResolver;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The web dashboard ({@code /ui}) signs users in with the authorization code flow of the OIDC
 * tenant {@code webui}; everything else stays bearer-only (default tenant). The live alert stream
 * accepts either: a bearer token, or the dashboard's session cookie, so the browser's EventSource
 * (which cannot send headers) can open it.
 */
@ApplicationScoped
public class DashboardTenantResolver implements TenantResolver {

  static final String TENANT = "webui";

  /**
   * Named explicitly: for null Quarkus would also pick a tenant named like the last path segment.
   */
  private static final String DEFAULT_TENANT = "Default";

  private static final String SESSION_COOKIE = "q_session_" + TENANT;

  @Override
  public String resolve(RoutingContext context) {
    String path = context.normalizedPath();
    if (path.equals("/ui") || path.startsWith("/ui/")) {
      return TENANT;
    }
    if (path.equals("/api/alerts/stream")
        && context.request().getHeader("Authorization") == null
        && hasSession(context)) {
      return TENANT;
    }
    return DEFAULT_TENANT;
  }

  private static boolean hasSession(RoutingContext context) {
    for (Cookie cookie : context.request().cookies()) {
      if (cookie.getName().startsWith(SESSION_COOKIE)) {
        return true;
      }
    }
    return false;
  }
}

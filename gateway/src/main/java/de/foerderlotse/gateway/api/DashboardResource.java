package de.foerderlotse.gateway.api;

import de.foerderlotse.gateway.dashboard.Dashboard;
import de.foerderlotse.gateway.dashboard.DashboardService;
import de.foerderlotse.gateway.security.RolePrecedence;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One call for a dashboard: deadlines due and overdue, open conflicts, latest alerts and call
 * deadlines for the caller's scope, served by the gateway itself (not forwarded).
 */
@Tag(name = "dashboard", description = "Dashboard data assembled by the gateway")
@SecurityRequirement(name = "keycloak")
@Path("/api/dashboard")
public class DashboardResource {

  private static final ZoneId COUNTY_ZONE = ZoneId.of("Europe/Berlin");

  private final DashboardService dashboards;
  private final SecurityIdentity identity;
  private final JsonWebToken token;

  public DashboardResource(
      DashboardService dashboards, SecurityIdentity identity, JsonWebToken token) {
    this.dashboards = dashboards;
    this.identity = identity;
    this.token = token;
  }

  @Operation(
      operationId = "getDashboard",
      summary = "Get the dashboard",
      description =
          "Deadlines due and overdue, open conflicts, latest alerts and call deadlines for the caller's scope in one answer.")
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Dashboard dashboard(
      @QueryParam("days") @DefaultValue("30") int days,
      @QueryParam("ags") String ags,
      @HeaderParam("Authorization") String authorization,
      @HeaderParam("Accept-Language") String language) {
    if (days < 1 || days > 366) {
      throw new BadRequestException("days");
    }
    if (ags != null && !ags.isBlank() && !ags.matches("\\d{8}")) {
      throw new BadRequestException("ags");
    }
    Dashboard.Scope scope = scope(ags);
    return dashboards.assemble(
        authorization,
        scope,
        scope.county() || isMunicipality() ? null : scope.ags(),
        LocalDate.now(COUNTY_ZONE),
        days,
        language);
  }

  private boolean isMunicipality() {
    return !RolePrecedence.countyWide(identity);
  }

  /** County roles may narrow to one municipality; a municipality always sees only its own. */
  private Dashboard.Scope scope(String requestedAgs) {
    if (RolePrecedence.countyWide(identity)) {
      boolean wholeCounty = requestedAgs == null || requestedAgs.isBlank();
      return new Dashboard.Scope(wholeCounty, wholeCounty ? null : requestedAgs);
    }
    String ownAgs = token.getClaim("ags");
    if (identity.hasRole("municipality") && ownAgs != null && !ownAgs.isBlank()) {
      return new Dashboard.Scope(false, ownAgs);
    }
    throw new ForbiddenException();
  }
}

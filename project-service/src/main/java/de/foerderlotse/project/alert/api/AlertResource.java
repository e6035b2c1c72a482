package de.foerderlotse.project.alert.api;

import de.foerderlotse.platform.rest.Page;
import de.foerderlotse.platform.rest.PageParams;
import de.foerderlotse.platform.security.Caller;
import de.foerderlotse.project.alert.AlertFilter;
import de.foerderlotse.project.alert.AlertQueries;
import de.foerderlotse.project.alert.AlertService;
import de.foerderlotse.project.common.Tenancy;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Alerts (deadline, match, budget…) with filters and paging. */
@Tag(name = "alerts", description = "Alerts about deadlines, conflicts and budgets")
@Path("/api/alerts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.COORDINATOR, Caller.MUNICIPALITY, Caller.VIEWER})
public class AlertResource {

  private final AlertQueries queries;
  private final AlertService alerts;
  private final Tenancy tenancy;

  public AlertResource(AlertQueries queries, AlertService alerts, Tenancy tenancy) {
    this.queries = queries;
    this.alerts = alerts;
    this.tenancy = tenancy;
  }

  @Operation(
      operationId = "listAlerts",
      summary = "List alerts",
      description = "Alerts in the caller's scope, one page at a time.")
  @GET
  public Page<AlertResponse> list(
      @QueryParam("ags") String ags,
      @QueryParam("type") String type,
      @QueryParam("severity") String severity,
      @QueryParam("subjectId") String subjectId,
      @QueryParam("resolved") Boolean resolved,
      @QueryParam("createdFrom") Instant createdFrom,
      @QueryParam("createdTo") Instant createdTo,
      @Valid @BeanParam PageParams paging) {
    return queries
        .list(
            new AlertFilter(ags, type, severity, subjectId, resolved, createdFrom, createdTo),
            paging.page(),
            paging.size())
        .map(AlertResponse::of);
  }

  @Operation(
      operationId = "getAlert",
      summary = "Get one alert",
      description = "One alert in the caller's scope.")
  @GET
  @Path("{id}")
  public AlertResponse get(@PathParam("id") UUID id) {
    return AlertResponse.of(queries.get(id));
  }

  @Operation(
      operationId = "resolveAlert",
      summary = "Resolve an alert",
      description = "Marks the alert as resolved.")
  @POST
  @Path("{id}/resolve")
  @RolesAllowed({Caller.COORDINATOR, Caller.MUNICIPALITY})
  public AlertResponse resolve(@PathParam("id") UUID id) {
    return AlertResponse.of(alerts.resolve(id, tenancy));
  }
}

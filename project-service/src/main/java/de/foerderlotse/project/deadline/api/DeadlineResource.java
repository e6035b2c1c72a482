package de.foerderlotse.project.deadline.api;

import de.foerderlotse.platform.rest.Page;
import de.foerderlotse.platform.rest.PageParams;
import de.foerderlotse.platform.security.Caller;
import de.foerderlotse.project.deadline.DeadlineFilter;
import de.foerderlotse.project.deadline.DeadlineQueries;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Deadlines of applications, as a list with filters and as an iCalendar feed. */
@Tag(name = "deadlines", description = "Deadlines of calls and funded projects")
@Path("/api/deadlines")
@RolesAllowed({Caller.COORDINATOR, Caller.MUNICIPALITY, Caller.VIEWER})
public class DeadlineResource {

  private final DeadlineQueries deadlines;

  public DeadlineResource(DeadlineQueries deadlines) {
    this.deadlines = deadlines;
  }

  @Operation(
      operationId = "listDeadlines",
      summary = "List deadlines",
      description = "Deadlines in the caller's scope one page at a time.")
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Page<DeadlineResponse> list(
      @QueryParam("ags") String ags,
      @QueryParam("kind") String kind,
      @QueryParam("status") String status,
      @QueryParam("dueFrom") LocalDate dueFrom,
      @QueryParam("dueTo") LocalDate dueTo,
      @QueryParam("applicationId") UUID applicationId,
      @Valid @BeanParam PageParams paging) {
    return deadlines
        .list(
            new DeadlineFilter(ags, kind, status, dueFrom, dueTo, applicationId),
            paging.page(),
            paging.size())
        .map(DeadlineResponse::of);
  }

  /** The feed of one municipality ({@code ags}) or, without it, of the whole county. */
  @Operation(
      operationId = "getDeadlineCalendar",
      summary = "Get the deadlines as a calendar",
      description = "The deadlines as an iCalendar file, optionally for one municipality (ags).")
  @GET
  @Path("calendar.ics")
  @Produces("text/calendar")
  public String calendar(@QueryParam("ags") String ags) {
    String name = ags == null ? "Kreis" : ags;
    return DeadlineCalendar.render(name, deadlines.calendar(ags));
  }
}

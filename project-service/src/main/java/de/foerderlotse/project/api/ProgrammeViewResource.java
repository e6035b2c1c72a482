package de.foerderlotse.project.api;

import de.foerderlotse.platform.security.Caller;
import de.foerderlotse.project.domain.ProgrammeView;
import de.foerderlotse.project.service.ProgrammeCatalogue;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.UUID;

/**
 * What project-service currently knows about a programme: lets operators check that the read model
 * caught up with funding-service.
 */
@Path("/api/read-models/programmes")
@Produces(MediaType.APPLICATION_JSON)
public class ProgrammeViewResource {

  /** A programme as this service's read model holds it. */
  public record ProgrammeViewResponse(
      UUID id, long version, String title, String fundingBody, String status, Instant appliedAt) {

    static ProgrammeViewResponse of(ProgrammeView view) {
      return new ProgrammeViewResponse(
          view.id, view.version, view.title, view.fundingBody, view.status, view.appliedAt);
    }
  }

  private final ProgrammeCatalogue catalogue;

  public ProgrammeViewResource(ProgrammeCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Caller.COORDINATOR, Caller.VIEWER, Caller.SCOUT})
  public ProgrammeViewResponse get(@PathParam("id") UUID id) {
    return ProgrammeViewResponse.of(catalogue.get(id));
  }
}

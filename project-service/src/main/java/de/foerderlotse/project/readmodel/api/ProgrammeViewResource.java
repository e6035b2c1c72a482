package de.foerderlotse.project.readmodel.api;

import de.foerderlotse.platform.security.Caller;
import de.foerderlotse.project.readmodel.ProgrammeCatalogue;
import de.foerderlotse.project.readmodel.domain.ProgrammeTerms;
import de.foerderlotse.project.readmodel.domain.ProgrammeView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What project-service currently knows about a programme: lets operators check that the read model
 * caught up with funding-service.
 */
@Tag(name = "read-models", description = "Project-service's copies of other services' data")
@Path("/api/read-models/programmes")
@Produces(MediaType.APPLICATION_JSON)
public class ProgrammeViewResource {

  /** A programme as this service's read model holds it, with the terms deadlines derive from. */
  public record ProgrammeViewResponse(
      UUID id,
      long version,
      String title,
      String fundingBody,
      String status,
      boolean deleted,
      Set<String> fundingAreas,
      ProgrammeTerms.RuleSetTerms ruleSet,
      List<ProgrammeTerms.Call> calls,
      Instant appliedAt) {

    static ProgrammeViewResponse of(ProgrammeView view, ProgrammeTerms terms) {
      return new ProgrammeViewResponse(
          view.id,
          view.version,
          view.title,
          view.fundingBody,
          view.status,
          view.deleted,
          terms.fundingAreas(),
          terms.ruleSet(),
          terms.calls(),
          view.appliedAt);
    }
  }

  private final ProgrammeCatalogue catalogue;

  public ProgrammeViewResource(ProgrammeCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Operation(
      operationId = "getProgrammeView",
      summary = "Get the local copy of a programme",
      description = "The programme as project-service knows it from funding-service's events.")
  @GET
  @Path("{id}")
  @RolesAllowed({Caller.COORDINATOR, Caller.VIEWER, Caller.SCOUT})
  public ProgrammeViewResponse get(@PathParam("id") UUID id) {
    ProgrammeView view = catalogue.get(id);
    return ProgrammeViewResponse.of(view, catalogue.termsOf(view));
  }
}

package de.foerderlotse.funding.api;

import de.foerderlotse.funding.domain.Programme;
import de.foerderlotse.funding.service.ProgrammeService;
import de.foerderlotse.platform.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;

/** Programmes: scouts and coordinators maintain them, every signed-in user reads them. */
@Path("/api/programmes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProgrammeResource {

  private final ProgrammeService programmes;
  private final Caller caller;

  public ProgrammeResource(ProgrammeService programmes, Caller caller) {
    this.programmes = programmes;
    this.caller = caller;
  }

  @POST
  @RolesAllowed({Caller.SCOUT, Caller.COORDINATOR})
  public Response register(
      @Valid @NotNull(message = "Der Inhalt fehlt.") ProgrammeRequest request, UriInfo uri) {
    Programme programme = programmes.register(request.toDetails(), caller.name());
    return Response.created(uri.getAbsolutePathBuilder().path(programme.id.toString()).build())
        .tag(etag(programme))
        .entity(ProgrammeResponse.of(programme))
        .build();
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Caller.SCOUT, Caller.COORDINATOR, Caller.MUNICIPALITY, Caller.VIEWER})
  public Response get(@PathParam("id") UUID id) {
    Programme programme = programmes.get(id);
    return Response.ok(ProgrammeResponse.of(programme)).tag(etag(programme)).build();
  }

  @GET
  @RolesAllowed({Caller.SCOUT, Caller.COORDINATOR, Caller.MUNICIPALITY, Caller.VIEWER})
  public List<ProgrammeResponse> list(
      @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "mindestens 0") int page,
      @QueryParam("size")
          @DefaultValue("20")
          @Min(value = 1, message = "mindestens 1")
          @Max(value = 200, message = "höchstens 200")
          int size) {
    return programmes.list(page, size).stream().map(ProgrammeResponse::of).toList();
  }

  private static EntityTag etag(Programme programme) {
    return new EntityTag(Long.toString(programme.version));
  }
}

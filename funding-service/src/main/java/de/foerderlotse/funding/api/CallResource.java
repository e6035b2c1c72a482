package de.foerderlotse.funding.api;

import de.foerderlotse.funding.domain.FundingCall;
import de.foerderlotse.funding.domain.Programme;
import de.foerderlotse.funding.service.ProgrammeService;
import de.foerderlotse.platform.problem.DomainException;
import de.foerderlotse.platform.rest.IfMatch;
import de.foerderlotse.platform.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The calls of a programme. A call is part of its programme: every change needs the programme's
 * ETag in {@code If-Match} and answers with the programme's new ETag.
 */
@Tag(name = "calls", description = "Calls of a funding programme with their submission deadlines")
@Path("/api/programmes/{id}/calls")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CallResource {

  private final ProgrammeService programmes;
  private final Caller caller;

  public CallResource(ProgrammeService programmes, Caller caller) {
    this.programmes = programmes;
    this.caller = caller;
  }

  @Operation(
      operationId = "listCalls",
      summary = "List the calls of a programme",
      description = "All calls of the programme, each with its submission deadline.")
  @GET
  @RolesAllowed({Caller.SCOUT, Caller.COORDINATOR, Caller.MUNICIPALITY, Caller.VIEWER})
  public Response list(@PathParam("id") UUID id) {
    Programme programme = programmes.get(id);
    return Response.ok(programme.calls()).tag(IfMatch.etag(programme.version)).build();
  }

  @Operation(
      operationId = "getCall",
      summary = "Get one call",
      description = "One call of the programme; the ETag carries the version for If-Match.")
  @GET
  @Path("{callId}")
  @RolesAllowed({Caller.SCOUT, Caller.COORDINATOR, Caller.MUNICIPALITY, Caller.VIEWER})
  public Response get(@PathParam("id") UUID id, @PathParam("callId") UUID callId) {
    Programme programme = programmes.get(id);
    return Response.ok(call(programme.calls(), callId))
        .tag(IfMatch.etag(programme.version))
        .build();
  }

  @Operation(
      operationId = "addCall",
      summary = "Add a call to a programme",
      description = "Adds a call with its deadline to the programme; answers 201.")
  @POST
  @RolesAllowed({Caller.SCOUT, Caller.COORDINATOR})
  public Response add(
      @PathParam("id") UUID id,
      @HeaderParam(IfMatch.HEADER) String ifMatch,
      @Valid @NotNull(message = "Der Inhalt fehlt.") CallRequest request,
      UriInfo uri) {
    Programme programme =
        programmes.addCall(id, IfMatch.required(ifMatch, null), request.toCall(), caller.name());
    List<FundingCall> calls = programme.calls();
    FundingCall added = calls.get(calls.size() - 1);
    return Response.created(uri.getAbsolutePathBuilder().path(added.id().toString()).build())
        .tag(IfMatch.etag(programme.version))
        .entity(added)
        .build();
  }

  @Operation(
      operationId = "replaceCall",
      summary = "Replace a call",
      description = "Replaces a call of the programme; takes the current version in If-Match.")
  @PUT
  @Path("{callId}")
  @RolesAllowed({Caller.SCOUT, Caller.COORDINATOR})
  public Response replace(
      @PathParam("id") UUID id,
      @PathParam("callId") UUID callId,
      @HeaderParam(IfMatch.HEADER) String ifMatch,
      @Valid @NotNull(message = "Der Inhalt fehlt.") CallRequest request) {
    Programme programme =
        programmes.replaceCall(
            id, IfMatch.required(ifMatch, null), callId, request.toCall(), caller.name());
    return Response.ok(call(programme.calls(), callId))
        .tag(IfMatch.etag(programme.version))
        .build();
  }

  @Operation(
      operationId = "removeCall",
      summary = "Remove a call",
      description = "Removes a call from the programme; takes the current version in If-Match.")
  @DELETE
  @Path("{callId}")
  @RolesAllowed({Caller.SCOUT, Caller.COORDINATOR})
  public Response remove(
      @PathParam("id") UUID id,
      @PathParam("callId") UUID callId,
      @HeaderParam(IfMatch.HEADER) String ifMatch) {
    Programme programme =
        programmes.removeCall(id, IfMatch.required(ifMatch, null), callId, caller.name());
    return Response.noContent().tag(IfMatch.etag(programme.version)).build();
  }

  private static FundingCall call(List<FundingCall> calls, UUID callId) {
    return calls.stream()
        .filter(c -> c.id().equals(callId))
        .findFirst()
        .orElseThrow(() -> DomainException.notFound("Förderaufruf", callId));
  }
}

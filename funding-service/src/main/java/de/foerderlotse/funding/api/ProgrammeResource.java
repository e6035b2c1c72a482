package de.foerderlotse.funding.api;

import de.foerderlotse.funding.config.FundingConfig;
import de.foerderlotse.funding.domain.Programme;
import de.foerderlotse.funding.service.ProgrammeService;
import de.foerderlotse.funding.service.search.ProgrammeSearch;
import de.foerderlotse.funding.service.search.SearchCriteria;
import de.foerderlotse.funding.service.search.SearchResult;
import de.foerderlotse.platform.rest.IfMatch;
import de.foerderlotse.platform.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Programmes: scouts and coordinators maintain them, every signed-in user reads them. */
@Tag(
    name = "programmes",
    description = "Funding programmes of the EU, the federal state and foundations")
@Path("/api/programmes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProgrammeResource {

  private final ProgrammeService programmes;
  private final ProgrammeSearch search;
  private final FundingConfig config;
  private final Caller caller;

  public ProgrammeResource(
      ProgrammeService programmes, ProgrammeSearch search, FundingConfig config, Caller caller) {
    this.programmes = programmes;
    this.search = search;
    this.config = config;
    this.caller = caller;
  }

  @Operation(
      operationId = "registerProgramme",
      summary = "Register a funding programme",
      description =
          "Registers a new funding programme; scouts and county coordinators only. Answers 201 with the programme and its ETag.")
  @POST
  @RolesAllowed({Caller.SCOUT, Caller.COORDINATOR})
  public Response register(
      @Valid @NotNull(message = "Der Inhalt fehlt.") ProgrammeRequest request, UriInfo uri) {
    Programme programme = programmes.register(request.toDetails(), caller.name());
    return Response.created(uri.getAbsolutePathBuilder().path(programme.id.toString()).build())
        .tag(IfMatch.etag(programme.version))
        .entity(ProgrammeResponse.of(programme))
        .build();
  }

  @Operation(
      operationId = "getProgramme",
      summary = "Get one funding programme",
      description = "The programme with its calls; the ETag carries the version for If-Match.")
  @GET
  @Path("{id}")
  @RolesAllowed({Caller.SCOUT, Caller.COORDINATOR, Caller.MUNICIPALITY, Caller.VIEWER})
  public Response get(@PathParam("id") UUID id) {
    Programme programme = programmes.get(id);
    return Response.ok(ProgrammeResponse.of(programme))
        .tag(IfMatch.etag(programme.version))
        .build();
  }

  /** Replaces the programme; needs {@code If-Match} with the ETag of the last read. */
  @Operation(
      operationId = "updateProgramme",
      summary = "Update a funding programme",
      description = "Replaces the programme's data; takes the current version in If-Match.")
  @PUT
  @Path("{id}")
  @RolesAllowed({Caller.SCOUT, Caller.COORDINATOR})
  public Response update(
      @PathParam("id") UUID id,
      @HeaderParam(IfMatch.HEADER) String ifMatch,
      @Valid @NotNull(message = "Der Inhalt fehlt.") ProgrammeRequest request) {
    Programme programme =
        programmes.update(id, IfMatch.required(ifMatch, null), request.toDetails(), caller.name());
    return Response.ok(ProgrammeResponse.of(programme))
        .tag(IfMatch.etag(programme.version))
        .build();
  }

  @Operation(
      operationId = "deleteProgramme",
      summary = "Delete a funding programme",
      description = "Deletes the programme; takes the current version in If-Match.")
  @DELETE
  @Path("{id}")
  @RolesAllowed({Caller.SCOUT, Caller.COORDINATOR})
  public Response delete(@PathParam("id") UUID id, @HeaderParam(IfMatch.HEADER) String ifMatch) {
    programmes.delete(id, IfMatch.required(ifMatch, null), caller.name());
    return Response.noContent().build();
  }

  /** Searches the catalogue; see the README for every filter, sort and the facets. */
  @Operation(
      operationId = "searchProgrammes",
      summary = "Search funding programmes",
      description = "Full-text and filter search over programmes, one page at a time.")
  @GET
  @RolesAllowed({Caller.SCOUT, Caller.COORDINATOR, Caller.MUNICIPALITY, Caller.VIEWER})
  public SearchPage search(@BeanParam SearchParameters parameters) {
    SearchCriteria criteria = parameters.toCriteria(config.zone());
    SearchResult result = search.search(criteria);
    return new SearchPage(
        result.items().stream().map(ProgrammeResponse::of).toList(),
        criteria.page(),
        criteria.size(),
        result.total(),
        result.facets());
  }

  /** One page of a search with the facet counts over all matches. */
  public record SearchPage(
      List<ProgrammeResponse> items,
      int page,
      int size,
      long total,
      Map<String, Map<String, Long>> facets) {}
}

package de.foerderlotse.municipality.api;

import de.foerderlotse.municipality.domain.Ags;
import de.foerderlotse.municipality.domain.FundingArea;
import de.foerderlotse.municipality.domain.Project;
import de.foerderlotse.municipality.domain.ProjectStatus;
import de.foerderlotse.municipality.service.ProjectFilter;
import de.foerderlotse.municipality.service.ProjectService;
import de.foerderlotse.platform.rest.IfMatch;
import de.foerderlotse.platform.rest.Page;
import de.foerderlotse.platform.rest.PageParams;
import de.foerderlotse.platform.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Municipal projects. Municipality users act for the AGS in their token only; coordinators for all;
 * viewers read all.
 */
@Tag(name = "projects", description = "Municipal projects that look for funding")
@Path("/api/projects")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectResource {

  private final ProjectService projects;
  private final Caller caller;

  public ProjectResource(ProjectService projects, Caller caller) {
    this.projects = projects;
    this.caller = caller;
  }

  @Operation(
      operationId = "registerProject",
      summary = "Register a municipal project",
      description = "Registers a project of the caller's municipality; answers 201 with its ETag.")
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Caller.COORDINATOR, Caller.MUNICIPALITY})
  public Response register(
      @Valid @NotNull(message = "Der Inhalt fehlt.") ProjectRequest request, UriInfo uri) {
    Project project = projects.register(Actors.of(caller), request.ags(), request.toDetails());
    return Response.created(uri.getAbsolutePathBuilder().path(project.id.toString()).build())
        .tag(IfMatch.etag(project.version))
        .entity(ProjectResponse.of(project))
        .build();
  }

  @Operation(
      operationId = "listProjects",
      summary = "List municipal projects",
      description = "Projects in the caller's scope, one page at a time; filterable.")
  @GET
  @RolesAllowed({Caller.COORDINATOR, Caller.MUNICIPALITY, Caller.VIEWER})
  public Page<ProjectResponse> list(
      @QueryParam("ags") @Pattern(regexp = Ags.REGEX, message = "muss aus 8 Ziffern bestehen")
          String ags,
      @QueryParam("category") FundingArea category,
      @QueryParam("status") ProjectStatus status,
      @QueryParam("text") @Size(max = 200, message = "höchstens 200 Zeichen") String text,
      @QueryParam("stars")
          @Min(value = 0, message = "mindestens 0")
          @Max(value = 3, message = "höchstens 3")
          Integer stars,
      @QueryParam("minStars")
          @Min(value = 0, message = "mindestens 0")
          @Max(value = 3, message = "höchstens 3")
          Integer minStars,
      @Valid @BeanParam PageParams paging) {
    ProjectFilter filter = new ProjectFilter(ags, category, status, text, stars, minStars);
    return projects
        .search(Actors.of(caller), filter, paging.page(), paging.size())
        .map(ProjectResponse::of);
  }

  @Operation(
      operationId = "getProject",
      summary = "Get one municipal project",
      description = "One project; the ETag carries the version for If-Match.")
  @GET
  @Path("{id}")
  @RolesAllowed({Caller.COORDINATOR, Caller.MUNICIPALITY, Caller.VIEWER})
  public Response get(@PathParam("id") UUID id) {
    return ok(projects.get(Actors.of(caller), id));
  }

  @Operation(
      operationId = "changeProject",
      summary = "Change a municipal project",
      description = "Replaces the project's data; takes the current version in If-Match.")
  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Caller.COORDINATOR, Caller.MUNICIPALITY})
  public Response change(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull(message = "Der Inhalt fehlt.") ProjectRequest request) {
    long version = IfMatch.required(ifMatch, request.version());
    return ok(projects.change(Actors.of(caller), id, version, request.ags(), request.toDetails()));
  }

  @Operation(
      operationId = "withdrawProject",
      summary = "Withdraw a municipal project",
      description = "Withdraws the project; takes the current version in If-Match.")
  @POST
  @Path("{id}/withdraw")
  @RolesAllowed({Caller.COORDINATOR, Caller.MUNICIPALITY})
  public Response withdraw(
      @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return ok(projects.withdraw(Actors.of(caller), id, IfMatch.optional(ifMatch, null)));
  }

  @Operation(
      operationId = "listProjectHistory",
      summary = "List the changes of a project",
      description = "The project's recorded changes.")
  @GET
  @Path("{id}/history")
  @RolesAllowed({Caller.COORDINATOR, Caller.MUNICIPALITY, Caller.VIEWER})
  public List<ProjectChangeResponse> history(@PathParam("id") UUID id) {
    return projects.history(Actors.of(caller), id).stream().map(ProjectChangeResponse::of).toList();
  }

  private static Response ok(Project project) {
    return Response.ok(ProjectResponse.of(project)).tag(IfMatch.etag(project.version)).build();
  }
}

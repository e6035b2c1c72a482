package de.foerderlotse.project.application.api;

import de.foerderlotse.platform.rest.IfMatch;
import de.foerderlotse.platform.rest.Page;
import de.foerderlotse.platform.rest.PageParams;
import de.foerderlotse.platform.security.Caller;
import de.foerderlotse.project.application.ApplicationFilter;
import de.foerderlotse.project.application.ApplicationService;
import de.foerderlotse.project.application.domain.Application;
import de.foerderlotse.project.application.domain.ApplicationStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Applications (Anträge) of municipal projects to programme calls and their lifecycle. A
 * municipality works on its own applications only; the county's coordinators on all; viewers read.
 */
@Tag(name = "applications", description = "Funding applications and their lifecycle")
@Path("/api/applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.COORDINATOR, Caller.MUNICIPALITY})
public class ApplicationResource {

  private final ApplicationService applications;

  public ApplicationResource(ApplicationService applications) {
    this.applications = applications;
  }

  @Operation(
      operationId = "createApplication",
      summary = "Create a funding application",
      description =
          "Creates a draft application of a project for a call; answers 201 with its ETag.")
  @POST
  public Response create(@Valid @NotNull ApplicationRequest request) {
    Application created = applications.create(request.toCommand());
    return withTag(Response.created(URI.create("/api/applications/" + created.id)), created);
  }

  @Operation(
      operationId = "listApplications",
      summary = "List funding applications",
      description = "Applications in the caller's scope, one page at a time; filterable.")
  @GET
  @RolesAllowed({Caller.COORDINATOR, Caller.MUNICIPALITY, Caller.VIEWER})
  public Page<ApplicationResponse> list(
      @QueryParam("ags") String ags,
      @QueryParam("status") String status,
      @QueryParam("programmeId") UUID programmeId,
      @QueryParam("callId") UUID callId,
      @QueryParam("projectId") UUID projectId,
      @Valid @BeanParam PageParams paging) {
    return applications
        .list(
            new ApplicationFilter(ags, status, programmeId, callId, projectId),
            paging.page(),
            paging.size())
        .map(ApplicationResponse::of);
  }

  @Operation(
      operationId = "getApplication",
      summary = "Get one funding application",
      description = "One application; the ETag carries the version for If-Match.")
  @GET
  @Path("{id}")
  @RolesAllowed({Caller.COORDINATOR, Caller.MUNICIPALITY, Caller.VIEWER})
  public Response get(@PathParam("id") UUID id) {
    return withTag(Response.ok(), applications.get(id));
  }

  @Operation(
      operationId = "editApplication",
      summary = "Edit a funding application",
      description = "Changes the terms of a draft; takes the current version in If-Match.")
  @PUT
  @Path("{id}")
  public Response edit(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull ApplicationRequest request) {
    long version = IfMatch.required(ifMatch, request.version());
    return withTag(Response.ok(), applications.edit(id, version, request.terms()));
  }

  @Operation(
      operationId = "submitApplication",
      summary = "Submit a funding application",
      description = "Moves the draft to submitted; takes the current version in If-Match.")
  @POST
  @Path("{id}/submit")
  public Response submit(
      @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, TransitionRequest body) {
    return move(id, ifMatch, body, ApplicationStatus.SUBMITTED);
  }

  @Operation(
      operationId = "approveApplication",
      summary = "Approve a funding application",
      description =
          "Records the notice of approval with its amount and deadlines; takes the current version in If-Match.")
  @POST
  @Path("{id}/approve")
  public Response approve(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull GrantNoticeRequest body) {
    long version = IfMatch.required(ifMatch, body.version());
    return withTag(Response.ok(), applications.approve(id, version, body.toNotice()));
  }

  @Operation(
      operationId = "recordApplicationPurposeFulfilled",
      summary = "Record the date the funding purpose was fulfilled",
      description =
          "Sets the date the purpose of the grant was fulfilled; the proof-of-use deadline is"
              + " then the earlier of the rule set's months after that date and the date after"
              + " the approval period. Takes the current version in If-Match.")
  @POST
  @Path("{id}/purpose-fulfilled")
  public Response purposeFulfilled(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull PurposeFulfilledRequest body) {
    long version = IfMatch.required(ifMatch, body.version());
    return withTag(
        Response.ok(), applications.recordPurposeFulfilled(id, version, body.fulfilledOn()));
  }

  @Operation(
      operationId = "rejectApplication",
      summary = "Reject a funding application",
      description = "Records the rejection; takes the current version in If-Match.")
  @POST
  @Path("{id}/reject")
  public Response reject(
      @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, TransitionRequest body) {
    return move(id, ifMatch, body, ApplicationStatus.REJECTED);
  }

  @Operation(
      operationId = "withdrawApplication",
      summary = "Withdraw a funding application",
      description = "Withdraws the application; takes the current version in If-Match.")
  @POST
  @Path("{id}/withdraw")
  public Response withdraw(
      @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, TransitionRequest body) {
    return move(id, ifMatch, body, ApplicationStatus.WITHDRAWN);
  }

  @Operation(
      operationId = "startApplicationImplementation",
      summary = "Start implementing a funded project",
      description =
          "Moves an approved application to implementation; takes the current version in If-Match.")
  @POST
  @Path("{id}/start-implementation")
  public Response startImplementation(
      @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, TransitionRequest body) {
    return move(id, ifMatch, body, ApplicationStatus.IN_IMPLEMENTATION);
  }

  @Operation(
      operationId = "submitApplicationProofOfUse",
      summary = "Submit the proof of use",
      description =
          "Moves the application to proof of use submitted; takes the current version in If-Match.")
  @POST
  @Path("{id}/submit-proof-of-use")
  public Response submitProofOfUse(
      @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, TransitionRequest body) {
    return move(id, ifMatch, body, ApplicationStatus.PROOF_OF_USE_SUBMITTED);
  }

  @Operation(
      operationId = "closeApplication",
      summary = "Close a funding application",
      description =
          "Closes the application after the proof of use; takes the current version in If-Match.")
  @POST
  @Path("{id}/close")
  public Response close(
      @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, TransitionRequest body) {
    return move(id, ifMatch, body, ApplicationStatus.CLOSED);
  }

  private Response move(UUID id, String ifMatch, TransitionRequest body, ApplicationStatus target) {
    long version = IfMatch.required(ifMatch, body == null ? null : body.version());
    return withTag(Response.ok(), applications.moveTo(id, version, target));
  }

  private static Response withTag(Response.ResponseBuilder builder, Application application) {
    return builder
        .entity(ApplicationResponse.of(application))
        .tag(IfMatch.etag(application.version))
        .build();
  }
}

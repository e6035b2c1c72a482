package de.foerderlotse.project.application.api;

import de.foerderlotse.platform.security.Caller;
import de.foerderlotse.project.application.ApplicationFilter;
import de.foerderlotse.project.application.ApplicationService;
import de.foerderlotse.project.application.domain.Application;
import de.foerderlotse.project.application.domain.ApplicationStatus;
import de.foerderlotse.project.common.api.IfMatch;
import de.foerderlotse.project.common.api.PageResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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

/**
 * Applications (Anträge) of municipal projects to programme calls and their lifecycle. A
 * municipality works on its own applications only; the county's coordinators on all; viewers read.
 */
@Path("/api/applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.COORDINATOR, Caller.MUNICIPALITY})
public class ApplicationResource {

  private final ApplicationService applications;

  public ApplicationResource(ApplicationService applications) {
    this.applications = applications;
  }

  @POST
  public Response create(@Valid @NotNull ApplicationRequest request) {
    Application created = applications.create(request.toCommand());
    return withTag(Response.created(URI.create("/api/applications/" + created.id)), created);
  }

  @GET
  @RolesAllowed({Caller.COORDINATOR, Caller.MUNICIPALITY, Caller.VIEWER})
  public PageResponse<ApplicationResponse> list(
      @QueryParam("ags") String ags,
      @QueryParam("status") String status,
      @QueryParam("programmeId") UUID programmeId,
      @QueryParam("callId") UUID callId,
      @QueryParam("projectId") UUID projectId,
      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
    return PageResponse.of(
        applications.list(
            new ApplicationFilter(ags, status, programmeId, callId, projectId), page, size),
        ApplicationResponse::of);
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Caller.COORDINATOR, Caller.MUNICIPALITY, Caller.VIEWER})
  public Response get(@PathParam("id") UUID id) {
    return withTag(Response.ok(), applications.get(id));
  }

  @PUT
  @Path("{id}")
  public Response edit(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull ApplicationRequest request) {
    long version = IfMatch.required(ifMatch, request.version());
    return withTag(Response.ok(), applications.edit(id, version, request.terms()));
  }

  @POST
  @Path("{id}/submit")
  public Response submit(
      @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, TransitionRequest body) {
    return move(id, ifMatch, body, ApplicationStatus.SUBMITTED);
  }

  @POST
  @Path("{id}/approve")
  public Response approve(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull GrantNoticeRequest body) {
    long version = IfMatch.required(ifMatch, body.version());
    return withTag(Response.ok(), applications.approve(id, version, body.toNotice()));
  }

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

  @POST
  @Path("{id}/reject")
  public Response reject(
      @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, TransitionRequest body) {
    return move(id, ifMatch, body, ApplicationStatus.REJECTED);
  }

  @POST
  @Path("{id}/withdraw")
  public Response withdraw(
      @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, TransitionRequest body) {
    return move(id, ifMatch, body, ApplicationStatus.WITHDRAWN);
  }

  @POST
  @Path("{id}/start-implementation")
  public Response startImplementation(
      @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, TransitionRequest body) {
    return move(id, ifMatch, body, ApplicationStatus.IN_IMPLEMENTATION);
  }

  @POST
  @Path("{id}/submit-proof-of-use")
  public Response submitProofOfUse(
      @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, TransitionRequest body) {
    return move(id, ifMatch, body, ApplicationStatus.PROOF_OF_USE_SUBMITTED);
  }

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

package de.foerderlotse.project.conflict.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.foerderlotse.conflict.engine.ConflictKind;
import de.foerderlotse.platform.rest.IfMatch;
import de.foerderlotse.platform.rest.Page;
import de.foerderlotse.platform.rest.PageParams;
import de.foerderlotse.platform.security.Caller;
import de.foerderlotse.project.common.Tenancy;
import de.foerderlotse.project.conflict.ConflictFilter;
import de.foerderlotse.project.conflict.ConflictService;
import de.foerderlotse.project.conflict.domain.Conflict;
import de.foerderlotse.project.conflict.domain.ConflictStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Conflicts between projects (docs/architecture.md#conflict-detection): list, counts, one, the
 * lifecycle actions, and the coordinators' decisions as labelled pairs.
 */
@Path("/api/conflicts")
@Tag(name = "conflicts", description = "Conflicts between projects and their lifecycle")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.COORDINATOR, Caller.MUNICIPALITY, Caller.VIEWER})
public class ConflictResource {

  /** Newline-delimited JSON, one labelled pair per line. */
  static final String NDJSON = "application/x-ndjson";

  private final ConflictService conflicts;
  private final Tenancy tenancy;
  private final ObjectMapper json;

  public ConflictResource(ConflictService conflicts, Tenancy tenancy, ObjectMapper json) {
    this.conflicts = conflicts;
    this.tenancy = tenancy;
    this.json = json;
  }

  @Operation(
      operationId = "listConflicts",
      summary = "List conflicts",
      description =
          "Conflicts between projects in the caller's scope, one page at a time; filterable by kind, status, municipality and programme.")
  @GET
  public Page<ConflictResponse> list(
      @QueryParam("kind") String kind,
      @QueryParam("status") String status,
      @QueryParam("municipality") String municipality,
      @QueryParam("programme") UUID programme,
      @Valid @BeanParam PageParams paging) {
    return conflicts
        .list(
            new ConflictFilter(kind, status, municipality, programme), paging.page(), paging.size())
        .map(this::response);
  }

  @Operation(
      operationId = "countConflicts",
      summary = "Count conflicts by kind and status",
      description = "Numbers of conflicts per kind and status, optionally for one municipality.")
  @GET
  @Path("counts")
  public Map<ConflictKind, Map<ConflictStatus, Long>> counts(
      @QueryParam("municipality") String municipality) {
    return conflicts.counts(municipality);
  }

  @GET
  @Path("labels")
  @Produces(NDJSON)
  @RolesAllowed(Caller.COORDINATOR)
  @Operation(
      operationId = "exportConflictLabels",
      summary = "Export coordinators' conflict decisions as labelled pairs",
      description =
          "One JSON object per line in the format of the conflict engine's pairs.jsonl, plus"
              + " source=feedback: dismissed → expected NONE; acknowledged, or resolved as joint"
              + " application, merged or withdrawn → the conflict's kind. Both projects as they"
              + " were at the decision. County coordinators only.")
  @APIResponse(
      responseCode = "200",
      description = "Labelled pairs, oldest decision first",
      content = @Content(mediaType = NDJSON))
  @APIResponse(responseCode = "403", description = "Not a county coordinator")
  public StreamingOutput labels() {
    List<LabelLine> lines = conflicts.labels().stream().map(LabelLine::of).toList();
    return out -> {
      for (LabelLine line : lines) {
        out.write(json.writeValueAsBytes(line));
        out.write('\n');
      }
    };
  }

  @Operation(
      operationId = "getConflict",
      summary = "Get one conflict",
      description = "One conflict with its explanation and history; the ETag carries the version.")
  @GET
  @Path("{id}")
  public Response get(@PathParam("id") UUID id) {
    return tagged(conflicts.get(id));
  }

  @Operation(
      operationId = "acknowledgeConflict",
      summary = "Acknowledge a conflict",
      description =
          "Records that the conflict has been seen; takes the current version in If-Match.")
  @POST
  @Path("{id}/acknowledge")
  @RolesAllowed({Caller.COORDINATOR, Caller.MUNICIPALITY})
  public Response acknowledge(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid ConflictRequests.Acknowledge body) {
    return tagged(
        conflicts.acknowledge(id, version(ifMatch), body == null ? null : body.comment()));
  }

  @Operation(
      operationId = "commentOnConflict",
      summary = "Comment on a conflict",
      description =
          "Adds a comment to the conflict's history; takes the current version in If-Match.")
  @POST
  @Path("{id}/comments")
  @RolesAllowed({Caller.COORDINATOR, Caller.MUNICIPALITY})
  public Response comment(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull ConflictRequests.Comment body) {
    return tagged(conflicts.comment(id, version(ifMatch), body.text()));
  }

  @Operation(
      operationId = "resolveConflict",
      summary = "Resolve a conflict",
      description =
          "Resolves the conflict with a resolution (joint application, merged, withdrawn); takes the current version in If-Match.")
  @POST
  @Path("{id}/resolve")
  @RolesAllowed(Caller.COORDINATOR)
  public Response resolve(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull ConflictRequests.Resolve body) {
    return tagged(conflicts.resolve(id, version(ifMatch), body.resolution(), body.reason()));
  }

  @Operation(
      operationId = "dismissConflict",
      summary = "Dismiss a conflict",
      description = "Dismisses the conflict as no conflict; takes the current version in If-Match.")
  @POST
  @Path("{id}/dismiss")
  @RolesAllowed(Caller.COORDINATOR)
  public Response dismiss(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull ConflictRequests.Dismiss body) {
    return tagged(conflicts.dismiss(id, version(ifMatch), body.reason()));
  }

  /** If-Match is optional here: without it the action applies to the current version. */
  private static Long version(String ifMatch) {
    return IfMatch.optional(ifMatch, null);
  }

  private Response tagged(Conflict conflict) {
    return Response.ok(response(conflict)).tag(IfMatch.etag(conflict.version)).build();
  }

  private ConflictResponse response(Conflict conflict) {
    return ConflictResponse.of(conflict, tenancy.confinedTo());
  }
}

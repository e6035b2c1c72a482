package de.foerderlotse.municipality.api;

import de.foerderlotse.municipality.domain.Ags;
import de.foerderlotse.municipality.domain.Municipality;
import de.foerderlotse.municipality.domain.MunicipalityKind;
import de.foerderlotse.municipality.service.MunicipalityService;
import de.foerderlotse.platform.rest.IfMatch;
import de.foerderlotse.platform.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Municipalities (tenants): every signed-in user reads them; contacts are maintained here. */
@Tag(
    name = "municipalities",
    description = "The county's municipalities (tenants) and their contacts")
@Path("/api/municipalities")
@Produces(MediaType.APPLICATION_JSON)
public class MunicipalityResource {

  private static final String AGS_MESSAGE = "muss aus 8 Ziffern bestehen";

  private final MunicipalityService municipalities;
  private final Caller caller;

  public MunicipalityResource(MunicipalityService municipalities, Caller caller) {
    this.municipalities = municipalities;
    this.caller = caller;
  }

  @Operation(
      operationId = "listMunicipalities",
      summary = "List municipalities",
      description = "All municipalities of the county with their official key (AGS).")
  @GET
  @RolesAllowed({Caller.SCOUT, Caller.COORDINATOR, Caller.MUNICIPALITY, Caller.VIEWER})
  public List<MunicipalityResponse> list(
      @QueryParam("kind") MunicipalityKind kind,
      @QueryParam("county") @Pattern(regexp = Ags.REGEX, message = AGS_MESSAGE) String county) {
    return municipalities.list(kind, county).stream().map(MunicipalityResponse::of).toList();
  }

  @Operation(
      operationId = "getMunicipality",
      summary = "Get one municipality",
      description = "One municipality by its official key (AGS); the ETag carries the version.")
  @GET
  @Path("{ags}")
  @RolesAllowed({Caller.SCOUT, Caller.COORDINATOR, Caller.MUNICIPALITY, Caller.VIEWER})
  public Response get(
      @PathParam("ags") @Pattern(regexp = Ags.REGEX, message = AGS_MESSAGE) String ags) {
    return ok(municipalities.get(ags));
  }

  @Operation(
      operationId = "changeMunicipalityContact",
      summary = "Change a municipality's contact",
      description = "Replaces the contact person; takes the current version in If-Match.")
  @PUT
  @Path("{ags}/contact")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Caller.COORDINATOR, Caller.MUNICIPALITY})
  public Response changeContact(
      @PathParam("ags") @Pattern(regexp = Ags.REGEX, message = AGS_MESSAGE) String ags,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull(message = "Der Inhalt fehlt.") ContactRequest request) {
    return ok(
        municipalities.changeContact(
            Actors.of(caller), ags, IfMatch.optional(ifMatch, null), request.toContact()));
  }

  private static Response ok(Municipality municipality) {
    return Response.ok(MunicipalityResponse.of(municipality))
        .tag(IfMatch.etag(municipality.version))
        .build();
  }
}

package de.foerderlotse.project.readmodel.api;

import de.foerderlotse.platform.security.Caller;
import de.foerderlotse.project.readmodel.TenantDirectory;
import de.foerderlotse.project.readmodel.domain.MunicipalityView;
import de.foerderlotse.project.readmodel.domain.ProjectView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What project-service knows of municipalities and projects: shows whether it caught up. */
@Tag(name = "read-models", description = "Project-service's copies of other services' data")
@Path("/api/read-models")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.COORDINATOR, Caller.VIEWER})
public class TenantViewResource {

  /** A municipality as this service's read model holds it. */
  public record MunicipalityViewResponse(
      String ags, long version, String name, String countyAgs, Instant appliedAt) {}

  /** A municipal project as this service's read model holds it. */
  public record ProjectViewResponse(
      UUID id,
      long version,
      String ags,
      String title,
      String category,
      String status,
      BigDecimal estimatedTotalCost,
      Instant appliedAt) {}

  private final TenantDirectory directory;

  public TenantViewResource(TenantDirectory directory) {
    this.directory = directory;
  }

  @Operation(
      operationId = "getMunicipalityView",
      summary = "Get the local copy of a municipality",
      description =
          "The municipality as project-service knows it from municipality-service's events.")
  @GET
  @Path("municipalities/{ags}")
  public MunicipalityViewResponse municipality(@PathParam("ags") String ags) {
    MunicipalityView m = directory.municipality(ags);
    return new MunicipalityViewResponse(m.ags, m.version, m.name, m.countyAgs, m.appliedAt);
  }

  @Operation(
      operationId = "getProjectView",
      summary = "Get the local copy of a project",
      description =
          "The municipal project as project-service knows it from municipality-service's events.")
  @GET
  @Path("projects/{id}")
  public ProjectViewResponse project(@PathParam("id") UUID id) {
    ProjectView p = directory.project(id);
    return new ProjectViewResponse(
        p.id, p.version, p.ags, p.title, p.category, p.status, p.estimatedTotalCost, p.appliedAt);
  }
}

package de.foerderlotse.gateway.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.foerderlotse.gateway.dashboard.OpenApiMerger;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The merged OpenAPI document of all services' APIs; open like every API document. */
@Tag(name = "api-documentation", description = "The merged API document")
@Path("/api/openapi")
public class OpenApiResource {

  private final OpenApiMerger merger;

  public OpenApiResource(OpenApiMerger merger) {
    this.merger = merger;
  }

  @Operation(
      operationId = "getMergedOpenApi",
      summary = "Get the merged API document",
      description =
          "The OpenAPI document of the whole county API: every service's paths under /api, merged.")
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public ObjectNode merged() {
    return merger.merged();
  }
}

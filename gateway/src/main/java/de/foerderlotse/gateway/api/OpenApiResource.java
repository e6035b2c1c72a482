package de.foerderlotse.gateway.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.foerderlotse.gateway.dashboard.OpenApiMerger;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The merged OpenAPI document of all services' APIs; open like every API document. */
@Path("/api/openapi")
public class OpenApiResource {

  private final OpenApiMerger merger;

  public OpenApiResource(OpenApiMerger merger) {
    this.merger = merger;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public ObjectNode merged() {
    return merger.merged();
  }
}

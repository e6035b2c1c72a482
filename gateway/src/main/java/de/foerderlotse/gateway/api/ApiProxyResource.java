package de.foerderlotse.gateway.api;

import de.foerderlotse.gateway.config.GatewayConfig;
import de.foerderlotse.gateway.routing.OutgoingBody;
import de.foerderlotse.gateway.routing.RouteTable;
import de.foerderlotse.gateway.routing.ServiceProxy;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The county's one API: {@code /api/<area>/...} goes to the service that owns the area. */
@Tag(
    name = "api-proxy",
    description = "Forwarding of /api requests to the service that owns the area")
@SecurityRequirement(name = "keycloak")
@Path("/api/{path: .+}")
@Consumes(MediaType.WILDCARD)
public class ApiProxyResource {

  private static final List<String> RETURNED_HEADERS =
      List.of("Content-Type", "ETag", "Content-Disposition", "Cache-Control", "Retry-After");

  private final RouteTable routes;
  private final ServiceProxy proxy;
  private final GatewayConfig config;
  private final UserRateLimits limits;

  public ApiProxyResource(
      RouteTable routes, ServiceProxy proxy, GatewayConfig config, UserRateLimits limits) {
    this.routes = routes;
    this.proxy = proxy;
    this.config = config;
    this.limits = limits;
  }

  @Operation(
      operationId = "forwardGet",
      summary = "Forward a GET",
      description =
          "Forwards the request to the owning service; see the merged document at /api/openapi for each path.")
  @GET
  public Response get(
      @PathParam("path") String path, @Context UriInfo uri, @Context HttpHeaders headers) {
    return forward("GET", path, uri, headers, OutgoingBody.none());
  }

  @Operation(
      operationId = "forwardDelete",
      summary = "Forward a DELETE",
      description =
          "Forwards the request to the owning service; see the merged document at /api/openapi for each path.")
  @DELETE
  public Response delete(
      @PathParam("path") String path, @Context UriInfo uri, @Context HttpHeaders headers) {
    return forward("DELETE", path, uri, headers, OutgoingBody.none());
  }

  @Operation(
      operationId = "forwardPost",
      summary = "Forward a POST",
      description =
          "Forwards the request to the owning service; see the merged document at /api/openapi for each path.")
  @POST
  public Response post(
      @PathParam("path") String path,
      @Context UriInfo uri,
      @Context HttpHeaders headers,
      InputStream body)
      throws IOException {
    return forward("POST", path, uri, headers, outgoing(body, headers));
  }

  @Operation(
      operationId = "forwardPut",
      summary = "Forward a PUT",
      description =
          "Forwards the request to the owning service; see the merged document at /api/openapi for each path.")
  @PUT
  public Response put(
      @PathParam("path") String path,
      @Context UriInfo uri,
      @Context HttpHeaders headers,
      InputStream body)
      throws IOException {
    return forward("PUT", path, uri, headers, outgoing(body, headers));
  }

  @Operation(
      operationId = "forwardPatch",
      summary = "Forward a PATCH",
      description =
          "Forwards the request to the owning service; see the merged document at /api/openapi for each path.")
  @PATCH
  public Response patch(
      @PathParam("path") String path,
      @Context UriInfo uri,
      @Context HttpHeaders headers,
      InputStream body)
      throws IOException {
    return forward("PATCH", path, uri, headers, outgoing(body, headers));
  }

  private OutgoingBody outgoing(InputStream body, HttpHeaders headers) throws IOException {
    if (body == null) {
      return OutgoingBody.of(new byte[0]);
    }
    String declared = headers.getHeaderString(HttpHeaders.CONTENT_LENGTH);
    OptionalLong length =
        declared != null && declared.matches("\\d{1,18}")
            ? OptionalLong.of(Long.parseLong(declared))
            : OptionalLong.empty();
    return OutgoingBody.from(body, config.replayableBodyLimit(), length);
  }

  private Response forward(
      String method, String path, UriInfo uri, HttpHeaders headers, OutgoingBody body) {
    RouteTable.Route route =
        routes.routeFor(path).orElseThrow(() -> new jakarta.ws.rs.NotFoundException(path));
    limits.admit();
    // Built from the path as the client encoded it: decoding would turn %3F into a query and %09
    // into a character no URI may hold.
    String query = uri.getRequestUri().getRawQuery();
    String rawPath = UpstreamPaths.apiPath(uri.getRequestUri().getRawPath());
    URI target = URI.create(route.baseUri() + rawPath + (query == null ? "" : "?" + query));
    ServiceProxy.Streamed answer =
        proxy.forward(route.service(), method, target, requestHeaders(headers), body);

    Response.ResponseBuilder response = Response.status(answer.status());
    for (String name : RETURNED_HEADERS) {
      answer.headers().firstValue(name).ifPresent(value -> response.header(name, value));
    }
    // A Location of the service becomes the same resource's address on the gateway.
    answer
        .headers()
        .firstValue("Location")
        .map(location -> URI.create(location))
        .map(location -> uri.getBaseUriBuilder().replacePath(location.getRawPath()).build())
        .ifPresent(response::location);
    if (answer.headers().firstValueAsLong("Content-Length").orElse(-1) == 0
        || answer.status() == 204
        || answer.status() == 304) {
      closeQuietly(answer.body());
      return response.build();
    }
    // Passed on as it arrives: the gateway never holds a whole answer in memory.
    StreamingOutput streamed =
        output -> {
          try (InputStream in = answer.body()) {
            in.transferTo(output);
          }
        };
    return response.entity(streamed).build();
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // nothing was left to read
    }
  }

  private static Map<String, String> requestHeaders(HttpHeaders headers) {
    Map<String, String> forwarded = new LinkedHashMap<>();
    for (String name : ServiceProxy.FORWARDED_REQUEST_HEADERS) {
      String value = headers.getHeaderString(name);
      if (value != null) {
        forwarded.put(name, value);
      }
    }
    return forwarded;
  }
}

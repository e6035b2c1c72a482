package de.foerderlotse.gateway.api;

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
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The county's one API: {@code /api/<area>/...} goes to the service that owns the area. */
@Path("/api/{path: .+}")
@Consumes(MediaType.WILDCARD)
public class ApiProxyResource {

  private static final List<String> RETURNED_HEADERS =
      List.of("Content-Type", "ETag", "Content-Disposition", "Cache-Control", "Retry-After");

  private final RouteTable routes;
  private final ServiceProxy proxy;

  public ApiProxyResource(RouteTable routes, ServiceProxy proxy) {
    this.routes = routes;
    this.proxy = proxy;
  }

  @GET
  public Response get(
      @PathParam("path") String path, @Context UriInfo uri, @Context HttpHeaders headers) {
    return forward("GET", path, uri, headers, Optional.empty());
  }

  @DELETE
  public Response delete(
      @PathParam("path") String path, @Context UriInfo uri, @Context HttpHeaders headers) {
    return forward("DELETE", path, uri, headers, Optional.empty());
  }

  @POST
  public Response post(
      @PathParam("path") String path,
      @Context UriInfo uri,
      @Context HttpHeaders headers,
      byte[] body) {
    return forward("POST", path, uri, headers, Optional.ofNullable(body));
  }

  @PUT
  public Response put(
      @PathParam("path") String path,
      @Context UriInfo uri,
      @Context HttpHeaders headers,
      byte[] body) {
    return forward("PUT", path, uri, headers, Optional.ofNullable(body));
  }

  @PATCH
  public Response patch(
      @PathParam("path") String path,
      @Context UriInfo uri,
      @Context HttpHeaders headers,
      byte[] body) {
    return forward("PATCH", path, uri, headers, Optional.ofNullable(body));
  }

  private Response forward(
      String method, String path, UriInfo uri, HttpHeaders headers, Optional<byte[]> body) {
    RouteTable.Route route =
        routes.routeFor(path).orElseThrow(() -> new jakarta.ws.rs.NotFoundException(path));
    String query = uri.getRequestUri().getRawQuery();
    URI target = URI.create(route.baseUri() + "/api/" + path + (query == null ? "" : "?" + query));
    ServiceProxy.Forwarded answer =
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
    return answer.body().length == 0 ? response.build() : response.entity(answer.body()).build();
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

package de.foerderlotse.gateway.routing;

import de.foerderlotse.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Resolves an API path to the service that owns it. */
@ApplicationScoped
public class RouteTable {

  /** A service by its configured name and base URL. */
  public record Route(String service, URI baseUri) {}

  private final Map<String, Route> bySegment;

  public RouteTable(GatewayConfig config) {
    this.bySegment =
        config.routes().entrySet().stream()
            .collect(
                Collectors.toUnmodifiableMap(
                    Map.Entry::getKey,
                    route -> new Route(route.getValue(), serviceUri(config, route.getValue()))));
  }

  /** The owning service for a path such as {@code programmes/123}. */
  public Optional<Route> routeFor(String apiPath) {
    String segment = apiPath.split("/", 2)[0];
    return Optional.ofNullable(bySegment.get(segment));
  }

  private static URI serviceUri(GatewayConfig config, String service) {
    String url = config.services().get(service);
    if (url == null) {
      throw new IllegalStateException("route to unknown service " + service);
    }
    return URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
  }
}

package de.foerderlotse.infra;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a whole Förderlotse stack lives: its data folder, the repository with the built services,
 * and one loopback port per server.
 *
 * @param ports server name to port: postgres, kafka, kafka-controller, keycloak, gateway, funding,
 *     project, municipality
 */
public record StackLayout(Path dataDir, Path repository, Map<String, Integer> ports) {

  /** The fixed ports of the local stack, as the README lists them. */
  public static StackLayout local(Path dataDir, Path repository) {
    Map<String, Integer> ports = new LinkedHashMap<>();
    ports.put("postgres", 5433);
    ports.put("kafka", 9092);
    ports.put("kafka-controller", 9093);
    ports.put("keycloak", 8180);
    ports.put("gateway", 8080);
    ports.put("funding", 8081);
    ports.put("project", 8082);
    ports.put("municipality", 8083);
    return new StackLayout(dataDir, repository, ports);
  }

  /** Free ports, for a test stack that must not collide with a running local stack. */
  public static StackLayout ephemeral(Path dataDir, Path repository) {
    Map<String, Integer> ports = new LinkedHashMap<>();
    for (String name : local(dataDir, repository).ports().keySet()) {
      ports.put(name, Ports.free());
    }
    return new StackLayout(dataDir, repository, ports);
  }

  public int port(String server) {
    Integer port = ports.get(server);
    if (port == null) {
      throw new IllegalArgumentException("no port for " + server);
    }
    return port;
  }

  public String url(String server) {
    return "http://" + Ports.LOOPBACK + ":" + port(server);
  }
}

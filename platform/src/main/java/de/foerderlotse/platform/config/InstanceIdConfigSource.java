package de.foerderlotse.platform.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies {@code foerderlotse.instance-id}, the name of this service instance, unless configured:
 * the environment's {@code HOSTNAME} (a pod's name on Kubernetes), else the machine's host name.
 * Kafka consumers use it for static group membership ({@code group.instance.id}), so a restarted
 * instance gets its partitions back at once instead of after the dead member's session timeout.
 */
public class InstanceIdConfigSource implements ConfigSource {

  static final String KEY = "foerderlotse.instance-id";

  private final Map<String, String> values = Map.of(KEY, hostName());

  @Override
  public Set<String> getPropertyNames() {
    return values.keySet();
  }

  @Override
  public String getValue(String propertyName) {
    return values.get(propertyName);
  }

  @Override
  public String getName() {
    return "foerderlotse-instance-id";
  }

  /** Below application.properties (250) and the environment (300): any configured value wins. */
  @Override
  public int getOrdinal() {
    return 50;
  }

  private static String hostName() {
    String fromEnvironment = System.getenv("HOSTNAME");
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return fromEnvironment.strip();
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }
}

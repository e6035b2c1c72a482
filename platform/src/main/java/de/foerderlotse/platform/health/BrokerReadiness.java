package de.foerderlotse.platform.health;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The Kafka broker, checked within {@link ReadinessConfig#timeout()}; replaces Quarkus' own Kafka
 * check ({@code quarkus.kafka.health.enabled=false}), which waits for the cluster's description
 * without a time limit.
 */
@Readiness
@ApplicationScoped
public class BrokerReadiness implements HealthCheck {

  private final String bootstrapServers;
  private final long timeoutMs;
  private final BoundedProbe probe;
  private Admin admin;

  public BrokerReadiness(
      @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
      ReadinessConfig config) {
    this.bootstrapServers = bootstrapServers;
    this.timeoutMs = config.timeout().toMillis();
    this.probe = new BoundedProbe("kafka", config.timeout());
  }

  @Override
  public HealthCheckResponse call() {
    return probe.call(
        () -> {
          int nodes =
              admin()
                  .describeCluster(new DescribeClusterOptions().timeoutMs((int) timeoutMs))
                  .nodes()
                  .get(timeoutMs, TimeUnit.MILLISECONDS)
                  .size();
          return Map.of("nodes", nodes);
        });
  }

  /** Created on the probe's thread at first use; it reconnects by itself after an outage. */
  private synchronized Admin admin() {
    if (admin == null) {
      Properties properties = new Properties();
      properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
      properties.put(AdminClientConfig.CLIENT_ID_CONFIG, "readiness");
      properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.max(timeoutMs, 500));
      properties.put(
          AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) Math.max(timeoutMs, 500));
      properties.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000);
      admin = Admin.create(properties);
    }
    return admin;
  }

  @PreDestroy
  synchronized void close() {
    probe.close();
    if (admin != null) {
      admin.close(java.time.Duration.ofSeconds(1));
    }
  }
}

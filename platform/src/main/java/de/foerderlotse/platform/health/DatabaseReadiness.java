package de.foerderlotse.platform.health;

import io.agroal.api.AgroalDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The service's database, checked within {@link ReadinessConfig#timeout()}; replaces Quarkus' own
 * datasource check ({@code quarkus.datasource.health.enabled=false}), which waits as long as the
 * pool's acquisition timeout or a dead connection takes.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  private final AgroalDataSource dataSource;
  private final BoundedProbe probe;

  public DatabaseReadiness(AgroalDataSource dataSource, ReadinessConfig config) {
    this.dataSource = dataSource;
    this.probe = new BoundedProbe("database", config.timeout());
  }

  @Override
  public HealthCheckResponse call() {
    return probe.call(
        () -> {
          if (!dataSource.isHealthy(false)) {
            throw new IllegalStateException("connection validation failed");
          }
          return Map.of();
        });
  }

  @PreDestroy
  void close() {
    probe.close();
  }
}

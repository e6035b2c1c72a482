package de.foerderlotse.infra.test;

import de.foerderlotse.infra.PostgresServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Points a {@code @QuarkusTest} at real infrastructure: its own database on the shared PostgreSQL
 * server, the shared Kafka broker, and local verification of tokens signed by {@link TestTokens}.
 * Arguments: {@code database}, the database name (default {@code test}); {@code infrastructure},
 * {@code none} for a service without database and Kafka (only token verification).
 */
public class InfraTestResource implements QuarkusTestResourceLifecycleManager {

  private String database = "test";
  private boolean withInfrastructure = true;

  @Override
  public void init(Map<String, String> initArgs) {
    database = initArgs.getOrDefault("database", database);
    withInfrastructure = !"none".equals(initArgs.get("infrastructure"));
  }

  @Override
  public Map<String, String> start() {
    Map<String, String> config = new HashMap<>();
    config.put("quarkus.oidc.public-key", TestTokens.publicKey());
    config.put("quarkus.oidc.token.issuer", TestTokens.ISSUER);
    if (!withInfrastructure) {
      return config;
    }
    PostgresServer postgres = TestInfrastructure.postgres();
    postgres.createDatabase(database);
    config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(database));
    config.put("quarkus.datasource.username", PostgresServer.APP_USER);
    config.put("quarkus.datasource.password", PostgresServer.APP_PASSWORD);
    config.put("kafka.bootstrap.servers", TestInfrastructure.kafka().bootstrapServers());
    return config;
  }

  @Override
  public void stop() {
    // Shared per JVM: TestInfrastructure stops the servers when the JVM ends.
  }
}

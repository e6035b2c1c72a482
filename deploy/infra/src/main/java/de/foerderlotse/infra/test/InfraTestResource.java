package de.foerderlotse.infra.test;

import de.foerderlotse.infra.PostgresServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Points a {@code @QuarkusTest} at real infrastructure: its own database on the shared PostgreSQL
 * server, the shared Kafka broker, and local verification of tokens signed by {@link TestTokens}.
 * Argument {@code database}: the database name (default {@code test}).
 */
public class InfraTestResource implements QuarkusTestResourceLifecycleManager {

  private String database = "test";

  @Override
  public void init(Map<String, String> initArgs) {
    database = initArgs.getOrDefault("database", database);
  }

  @Override
  public Map<String, String> start() {
    PostgresServer postgres = TestInfrastructure.postgres();
    postgres.createDatabase(database);
    Map<String, String> config = new HashMap<>();
    config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(database));
    config.put("quarkus.datasource.username", PostgresServer.APP_USER);
    config.put("quarkus.datasource.password", PostgresServer.APP_PASSWORD);
    config.put("kafka.bootstrap.servers", TestInfrastructure.kafka().bootstrapServers());
    config.put("quarkus.oidc.public-key", TestTokens.publicKey());
    config.put("quarkus.oidc.token.issuer", TestTokens.ISSUER);
    return config;
  }

  @Override
  public void stop() {
    // Shared per JVM: TestInfrastructure stops the servers when the JVM ends.
  }
}

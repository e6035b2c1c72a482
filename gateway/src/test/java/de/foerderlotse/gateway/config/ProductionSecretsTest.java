package de.foerderlotse.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Outside dev and test the gateway has no secret of its own: without one it refuses to start. */
class ProductionSecretsTest {

  private static final String CLIENT_SECRET = "quarkus.oidc.webui.credentials.secret";
  private static final String SESSION_SECRET =
      "quarkus.oidc.webui.token-state-manager.encryption-secret";

  private static SmallRyeConfig config(String profile, Map<String, String> environment)
      throws IOException {
    URL properties = ProductionSecretsTest.class.getResource("/application.properties");
    return new SmallRyeConfigBuilder()
        .withProfile(profile)
        .withSources(new PropertiesConfigSource(properties, 250))
        .withSources(new PropertiesConfigSource(environment, "environment", 300))
        .build();
  }

  @Test
  void productionWithoutSecretsHasNoValueToStartWith() throws IOException {
    SmallRyeConfig prod = config("prod", Map.of());
    assertThatThrownBy(() -> prod.getValue(CLIENT_SECRET, String.class))
        .isInstanceOf(java.util.NoSuchElementException.class);
    assertThatThrownBy(() -> prod.getValue(SESSION_SECRET, String.class))
        .isInstanceOf(java.util.NoSuchElementException.class);
  }

  @Test
  void productionTakesTheSecretFromTheEnvironment() throws IOException {
    SmallRyeConfig prod =
        config("prod", Map.of("FOERDERLOTSE_DASHBOARD_SECRET", "aus-der-umgebung"));
    assertThat(prod.getValue(CLIENT_SECRET, String.class)).isEqualTo("aus-der-umgebung");
  }

  @Test
  void devModeKeepsTheLocalRealmsSecret() throws IOException {
    assertThat(config("dev", Map.of()).getValue(CLIENT_SECRET, String.class))
        .isEqualTo("dashboard-local-secret");
  }
}

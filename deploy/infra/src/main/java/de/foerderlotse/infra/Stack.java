package de.foerderlotse.infra;

import de.foerderlotse.infra.ServiceProcess.Service;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * A whole Förderlotse system on one machine without Docker: PostgreSQL, Kafka and Keycloak, then
 * the four services. What it started is written to {@code stack.properties} in the data folder, so
 * a later {@code down} stops exactly that, by process id.
 */
public final class Stack {

  private static final String STATE_FILE = "stack.properties";

  private final StackLayout layout;
  private final Map<String, ChildProcess> processes = new LinkedHashMap<>();
  private KeycloakServer keycloak;
  private String municipalityList = Municipality.DEFAULT_LIST;

  private Stack(StackLayout layout) {
    this.layout = layout;
  }

  public static Stack of(StackLayout layout) {
    return new Stack(layout);
  }

  public StackLayout layout() {
    return layout;
  }

  public KeycloakServer keycloak() {
    return keycloak;
  }

  /**
   * Starts everything and waits until every service is ready.
   *
   * @param municipalityList county list for the demo logins (see {@link Municipality#load})
   */
  public void start(String municipalityList, Duration timeout) throws IOException {
    this.municipalityList = municipalityList;
    Files.createDirectories(layout.dataDir());
    requireFreePorts();
    Path data = layout.dataDir();
    String realm =
        Realm.json(
            Municipality.load(municipalityList),
            List.of(layout.url("gateway"), "http://localhost:" + layout.port("gateway")));
    // The three servers do not depend on each other: start them together, record each for down.
    CompletableFuture<PostgresServer> postgresStart =
        inBackground(() -> startPostgres(data.resolve("postgres")));
    CompletableFuture<KafkaBroker> kafkaStart =
        inBackground(
            () ->
                KafkaBroker.start(
                    data.resolve("kafka"),
                    layout.port("kafka"),
                    layout.port("kafka-controller"),
                    timeout));
    CompletableFuture<KeycloakServer> keycloakStart =
        inBackground(
            () ->
                KeycloakServer.start(
                    data.resolve("keycloak"), layout.port("keycloak"), realm, timeout));
    PostgresServer postgres = recorded(postgresStart, "postgres", p -> null);
    KafkaBroker kafka = recorded(kafkaStart, "kafka", KafkaBroker::process);
    keycloak = recorded(keycloakStart, "keycloak", KeycloakServer::process);
    rethrowFirstFailure(postgresStart, kafkaStart, keycloakStart);

    for (Service service : Service.values()) {
      record(
          service.key(),
          ServiceProcess.start(service, layout, serviceConfig(service, postgres, kafka)));
    }
    for (Service service : Service.values()) {
      String url = layout.url(service.key());
      processes.get(service.key()).awaitReady(() -> ServiceProcess.isReady(url), timeout);
    }
  }

  private PostgresServer startPostgres(Path home) throws IOException {
    PostgresServer postgres = PostgresServer.start(home, layout.port("postgres"));
    for (Service service : Service.values()) {
      if (service.database != null) {
        postgres.createDatabase(service.database);
      }
    }
    return postgres;
  }

  /** A start that may throw {@link IOException}. */
  private interface ServerStart<T> {
    T start() throws IOException;
  }

  private static <T> CompletableFuture<T> inBackground(ServerStart<T> start) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return start.start();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** Waits for a start and records its process; null when it failed (reported afterwards). */
  private <T> T recorded(CompletableFuture<T> start, String name, Function<T, ChildProcess> process)
      throws IOException {
    try {
      T server = start.join();
      record(name, process.apply(server));
      return server;
    } catch (CompletionException failed) {
      return null;
    }
  }

  private static void rethrowFirstFailure(CompletableFuture<?>... starts) throws IOException {
    for (CompletableFuture<?> start : starts) {
      try {
        start.join();
      } catch (CompletionException failed) {
        Throwable cause = failed.getCause();
        if (cause instanceof UncheckedIOException io) {
          throw io.getCause();
        }
        if (cause instanceof RuntimeException runtime) {
          throw runtime;
        }
        throw failed;
      }
    }
  }

  /** Stops what this object started, services first, PostgreSQL last. */
  public void stop() {
    List<String> names = new ArrayList<>(processes.keySet());
    java.util.Collections.reverse(names);
    for (String name : names) {
      ChildProcess process = processes.get(name);
      if (process != null) {
        process.stop(Duration.ofSeconds(20));
      }
    }
    PostgresServer.existing(layout.dataDir().resolve("postgres"), layout.port("postgres")).stop();
    processes.clear();
    try {
      Files.deleteIfExists(layout.dataDir().resolve(STATE_FILE));
    } catch (IOException e) {
      System.err.println("could not delete the state file: " + e.getMessage());
    }
  }

  /** The stack a previous {@code up} started in this data folder, if its processes still run. */
  public static Optional<Stack> running(StackLayout layout) throws IOException {
    Path state = layout.dataDir().resolve(STATE_FILE);
    if (!Files.exists(state)) {
      return Optional.empty();
    }
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(state)) {
      properties.load(in);
    }
    Stack stack = new Stack(layout);
    for (String name : properties.stringPropertyNames()) {
      String pid = properties.getProperty(name);
      if (!pid.isEmpty()) {
        Path log = layout.dataDir().resolve("logs").resolve(name + ".log");
        stack.processes.put(name, ChildProcess.attach(name, Long.parseLong(pid), log));
      }
    }
    return Optional.of(stack);
  }

  /** Whether every recorded process is still alive. */
  public boolean isAlive() {
    return processes.values().stream()
        .filter(java.util.Objects::nonNull)
        .allMatch(ChildProcess::isAlive);
  }

  /** The processes this object started, by name; PostgreSQL (recorded without one) is left out. */
  public Map<String, ChildProcess> processes() {
    Map<String, ChildProcess> started = new LinkedHashMap<>();
    processes.forEach(
        (name, process) -> {
          if (process != null) {
            started.put(name, process);
          }
        });
    return java.util.Collections.unmodifiableMap(started);
  }

  private Map<String, String> serviceConfig(
      Service service, PostgresServer postgres, KafkaBroker kafka) {
    Map<String, String> config = new LinkedHashMap<>();
    config.put("quarkus.http.port", Integer.toString(layout.port(service.key())));
    config.put("quarkus.oidc.auth-server-url", keycloak.realmUrl());
    if (service.database != null) {
      config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(service.database));
      config.put("quarkus.datasource.username", PostgresServer.APP_USER);
      config.put("quarkus.datasource.password", PostgresServer.APP_PASSWORD);
      config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
    }
    if (service == Service.MUNICIPALITY) {
      // The tenants and the demo logins come from the same list.
      Path list = Path.of(municipalityList);
      config.put(
          "foerderlotse.municipalities.seed",
          Files.exists(list) ? list.toAbsolutePath().toString() : municipalityList);
      Optional.ofNullable(System.getenv("FOERDERLOTSE_COUNTY_AGS"))
          .ifPresent(ags -> config.put("foerderlotse.municipalities.county.ags", ags));
      Optional.ofNullable(System.getenv("FOERDERLOTSE_COUNTY_NAME"))
          .ifPresent(name -> config.put("foerderlotse.municipalities.county.name", name));
    }
    if (service == Service.GATEWAY) {
      for (Service downstream : Service.values()) {
        if (downstream != Service.GATEWAY) {
          config.put(
              "foerderlotse.gateway.services." + downstream.key(), layout.url(downstream.key()));
        }
      }
      config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
      // The web dashboard's session cookie key: random per start, so no key is ever written down
      // (sessions of a previous start simply log in again).
      config.put("quarkus.oidc.webui.token-state-manager.encryption-secret", randomSecret());
      // The local realm this launcher generates has this client secret; outside it the gateway
      // has no default and refuses to start without FOERDERLOTSE_DASHBOARD_SECRET.
      config.put("quarkus.oidc.webui.credentials.secret", Realm.DASHBOARD_SECRET);
    }
    return config;
  }

  private static String randomSecret() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return HexFormat.of().formatHex(key);
  }

  private void requireFreePorts() {
    for (Map.Entry<String, Integer> port : layout.ports().entrySet()) {
      if (Ports.isListening(port.getValue())) {
        throw new IllegalStateException(
            "Port "
                + port.getValue()
                + " ("
                + port.getKey()
                + ") ist bereits belegt. Läuft noch ein anderes Programm oder ein Förderlotse"
                + " aus einem anderen Ordner? Bitte beenden und erneut starten.");
      }
    }
  }

  private void record(String name, ChildProcess process) throws IOException {
    processes.put(name, process);
    Properties properties = new Properties();
    processes.forEach(
        (key, value) ->
            properties.setProperty(key, value == null ? "" : Long.toString(value.pid())));
    try (OutputStream out = Files.newOutputStream(layout.dataDir().resolve(STATE_FILE))) {
      properties.store(out, "Processes started by deploy/local/up; deploy/local/down stops them.");
    }
  }
}

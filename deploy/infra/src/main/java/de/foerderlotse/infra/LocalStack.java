package de.foerderlotse.infra;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code deploy/local/up} and {@code deploy/local/down}: the whole system on this machine, data in
 * one folder ({@code .data} in the repository unless {@code FOERDERLOTSE_DATA} says otherwise).
 */
public final class LocalStack {

  private LocalStack() {}

  public static void main(String[] args) throws Exception {
    Path repository =
        Path.of(System.getProperty("foerderlotse.repository", ".")).toAbsolutePath().normalize();
    Path data =
        Optional.ofNullable(System.getenv("FOERDERLOTSE_DATA"))
            .map(Path::of)
            .orElse(repository.resolve(".data"))
            .toAbsolutePath();
    StackLayout layout = StackLayout.local(data, repository);
    String command = args.length == 0 ? "status" : args[0];
    boolean reset = List.of(args).contains("--reset");
    String municipalities =
        Optional.ofNullable(System.getenv("FOERDERLOTSE_MUNICIPALITIES"))
            .orElse(Municipality.DEFAULT_LIST);
    int exit =
        switch (command) {
          case "up" -> up(layout, reset, municipalities);
          case "down" -> down(layout, reset);
          case "status" -> status(layout);
          default -> {
            System.err.println("Aufruf: up [--reset] | down [--reset] | status");
            yield 2;
          }
        };
    System.exit(exit);
  }

  private static int up(StackLayout layout, boolean reset, String municipalities)
      throws IOException {
    Optional<Stack> running = Stack.running(layout);
    if (running.isPresent() && running.get().isAlive()) {
      System.out.println("Förderlotse läuft bereits (" + layout.dataDir() + ").");
      printUsage(layout);
      return 0;
    }
    running.ifPresent(Stack::stop);
    if (reset) {
      wipe(layout.dataDir());
    }
    long started = System.nanoTime();
    Stack stack = Stack.of(layout);
    try {
      stack.start(municipalities, Duration.ofSeconds(240));
    } catch (RuntimeException | IOException e) {
      System.err.println("Start fehlgeschlagen: " + e.getMessage());
      stack.stop();
      return 1;
    }
    DemoData.load(layout, stack.keycloak());
    try {
      DemoScenario.Loaded demo = new DemoScenario(layout.url("gateway"), stack.keycloak()).load();
      System.out.println(
          "Demo-Szenario: konkurrierende Anträge von Düren und Jülich im Aufruf " + demo.callId());
    } catch (IOException | RuntimeException e) {
      System.err.println("Demo-Szenario nicht vollständig geladen: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    System.out.printf(
        "Förderlotse läuft (Start in %d s).%n", (System.nanoTime() - started) / 1_000_000_000L);
    printUsage(layout);
    return 0;
  }

  private static int down(StackLayout layout, boolean reset) throws IOException {
    Optional<Stack> running = Stack.running(layout);
    if (running.isPresent()) {
      running.get().stop();
      System.out.println("Förderlotse gestoppt.");
    } else {
      System.out.println("Förderlotse läuft nicht (" + layout.dataDir() + ").");
    }
    if (reset) {
      wipe(layout.dataDir());
      System.out.println("Daten gelöscht: " + layout.dataDir());
    }
    return 0;
  }

  private static int status(StackLayout layout) throws IOException {
    Optional<Stack> running = Stack.running(layout);
    if (running.isEmpty()) {
      System.out.println("Förderlotse läuft nicht.");
      return 3;
    }
    running
        .get()
        .processes()
        .forEach(
            (name, process) ->
                System.out.printf(
                    "%-14s pid %-8d %s%n",
                    name, process.pid(), process.isAlive() ? "läuft" : "beendet"));
    return running.get().isAlive() ? 0 : 3;
  }

  private static void printUsage(StackLayout layout) {
    System.out.println();
    System.out.println("  Web-Dashboard     " + layout.url("gateway") + "/ui");
    System.out.println("  Gateway (API)     " + layout.url("gateway") + "/api/programmes");
    System.out.println("  API-Dokumentation " + layout.url("gateway") + "/q/swagger-ui");
    for (String service : List.of("funding", "project", "municipality")) {
      System.out.printf("  %-17s %s/q/swagger-ui%n", service + "-service", layout.url(service));
    }
    System.out.println("  Keycloak          " + layout.url("keycloak") + " (admin / admin)");
    System.out.println("  Kafka             " + Ports.LOOPBACK + ":" + layout.port("kafka"));
    System.out.println(
        "  PostgreSQL        "
            + Ports.LOOPBACK
            + ":"
            + layout.port("postgres")
            + " ("
            + PostgresServer.APP_USER
            + " / "
            + PostgresServer.APP_PASSWORD
            + ")");
    System.out.println();
    System.out.println(
        "  Demo-Logins (Passwort \"" + Realm.DEMO_PASSWORD + "\"): scout, coordinator, viewer,");
    System.out.println("  je Kommune kommune-<name>, z. B. kommune-dueren, kommune-juelich");
    System.out.println(
        "  Token: curl -s -d grant_type=password -d client_id="
            + Realm.API_CLIENT
            + " -d username=scout -d password="
            + Realm.DEMO_PASSWORD
            + " \\");
    System.out.println(
        "         "
            + layout.url("keycloak")
            + "/realms/"
            + Realm.NAME
            + "/protocol/openid-connect/token");
    System.out.println();
    System.out.println(
        "  Logs: " + layout.dataDir().resolve("logs") + "   Stoppen: deploy/local/down");
  }

  private static void wipe(Path dataDir) throws IOException {
    if (!Files.exists(dataDir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dataDir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /**
   * Registers the demo programmes through the gateway, as a scout would; known ones are skipped.
   */
  static final class DemoData {

    private DemoData() {}

    static void load(StackLayout layout, KeycloakServer keycloak) throws IOException {
      String token = keycloak.passwordGrant("scout", Realm.DEMO_PASSWORD);
      HttpClient http = HttpClient.newHttpClient();
      int created = 0;
      for (String programme : demoProgrammes()) {
        HttpRequest request =
            HttpRequest.newBuilder(URI.create(layout.url("gateway") + "/api/programmes"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(programme))
                .build();
        try {
          int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
          if (status == 201) {
            created++;
          } else if (status != 409) {
            System.err.println("Demo-Programm nicht angelegt: HTTP " + status);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      System.out.println("Demo-Programme neu angelegt: " + created);
    }

    private static List<String> demoProgrammes() throws IOException {
      try (InputStream in = LocalStack.class.getResourceAsStream("demo-programmes.jsonl")) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8)
            .lines()
            .filter(line -> !line.isBlank() && !line.startsWith("#"))
            .toList();
      }
    }
  }
}

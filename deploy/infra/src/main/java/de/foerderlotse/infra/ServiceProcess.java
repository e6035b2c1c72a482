package de.foerderlotse.infra;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One Förderlotse service started from its built Quarkus application. */
public final class ServiceProcess {

  /** The four services: their Maven module and database (none for the gateway). */
  public enum Service {
    FUNDING("funding", "funding-service", "funding"),
    PROJECT("project", "project-service", "project"),
    MUNICIPALITY("municipality", "municipality-service", "municipality"),
    GATEWAY("gateway", "gateway", null);

    final String key;
    final String module;
    final String database;

    Service(String key, String module, String database) {
      this.key = key;
      this.module = module;
      this.database = database;
    }

    public String key() {
      return key;
    }

    public String module() {
      return module;
    }
  }

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private ServiceProcess() {}

  /**
   * Starts the service's {@code target/quarkus-app/quarkus-run.jar}; configuration goes in as
   * system properties so no file of the service changes.
   */
  public static ChildProcess start(Service service, StackLayout stack, Map<String, String> config)
      throws IOException {
    Path jar =
        stack.repository().resolve(service.module).resolve("target/quarkus-app/quarkus-run.jar");
    if (!Files.exists(jar)) {
      throw new IllegalStateException(
          jar + " is missing: build first (./mvnw package -DskipTests)");
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions(service));
    config.forEach((key, value) -> command.add("-D" + key + "=" + value));
    command.add("-jar");
    command.add(jar.toString());
    Path logs = stack.dataDir().resolve("logs");
    return ChildProcess.start(
        service.module,
        command,
        Map.of(),
        stack.repository(),
        logs.resolve(service.module + ".log"));
  }

  /**
   * Memory limits aimed at 300 MB resident per service on a 2-core machine. Resident memory is far
   * more than the heap: metaspace (about 60-90 MB for a Quarkus app), JIT code, thread stacks and
   * Netty/Kafka direct buffers each get a cap; the serial collector has no per-core overhead and
   * gives heap back. project-service holds the conflict engine's index, so its heap is larger.
   */
  static List<String> jvmOptions(Service service) {
    String heap = service == Service.PROJECT ? "-Xmx256m" : "-Xmx192m";
    return List.of(
        "-Xms32m",
        heap,
        "-XX:+UseSerialGC",
        "-XX:MaxMetaspaceSize=128m",
        "-XX:ReservedCodeCacheSize=64m",
        "-XX:MaxDirectMemorySize=64m",
        "-Xss512k",
        // Two cores: two event loops and a bounded worker pool are plenty and keep stacks few.
        "-Dquarkus.vertx.event-loops-pool-size=2",
        "-Dquarkus.thread-pool.max-threads=48");
  }

  /** Whether the service's readiness check answers UP (database and Kafka reachable). */
  public static boolean isReady(String baseUrl) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(baseUrl + "/q/health/ready"))
            .timeout(Duration.ofSeconds(3))
            .build();
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}

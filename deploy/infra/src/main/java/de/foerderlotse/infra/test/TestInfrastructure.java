package de.foerderlotse.infra.test;

import de.foerderlotse.infra.KafkaBroker;
import de.foerderlotse.infra.Ports;
import de.foerderlotse.infra.PostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The real PostgreSQL server and Kafka broker of one test JVM: started on first use on free
 * loopback ports in a temporary folder, shared by every test class, stopped and deleted when the
 * JVM ends.
 */
public final class TestInfrastructure {

  private static PostgresServer postgres;
  private static KafkaBroker kafka;
  private static Path home;

  private TestInfrastructure() {}

  public static synchronized PostgresServer postgres() {
    if (postgres == null) {
      try {
        postgres = PostgresServer.start(home().resolve("postgres"), Ports.free());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return postgres;
  }

  public static synchronized KafkaBroker kafka() {
    if (kafka == null) {
      try {
        kafka =
            KafkaBroker.start(
                home().resolve("kafka"), Ports.free(), Ports.free(), Duration.ofSeconds(90));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return kafka;
  }

  /** Stops the broker now, to test what happens while Kafka is down. */
  public static synchronized void stopKafka() {
    if (kafka != null) {
      kafka.stop();
      kafka = null;
    }
  }

  /** Stops PostgreSQL now (open connections are cut), to test what happens while it is down. */
  public static synchronized void stopPostgres() {
    if (postgres != null) {
      postgres.stop();
    }
  }

  /** Starts PostgreSQL again after {@link #stopPostgres()}: same port, same data. */
  public static synchronized void restartPostgres() {
    if (postgres != null && !postgres.isRunning()) {
      try {
        postgres = PostgresServer.start(home().resolve("postgres"), postgres.port());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static Path home() throws IOException {
    if (home == null) {
      // Readable by others: under root, PostgreSQL runs as an unprivileged user that must reach it.
      home =
          Files.createTempDirectory(
              "foerderlotse-test-",
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
      Runtime.getRuntime().addShutdownHook(new Thread(TestInfrastructure::shutdown));
    }
    return home;
  }

  private static synchronized void shutdown() {
    if (kafka != null) {
      kafka.stop();
    }
    if (postgres != null) {
      postgres.stop();
    }
    try (Stream<Path> files = Files.walk(home)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      System.err.println("could not delete " + home + ": " + e.getMessage());
    }
  }
}

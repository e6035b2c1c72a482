package de.foerderlotse.e2e;

import de.foerderlotse.infra.KeycloakServer;
import de.foerderlotse.infra.Municipality;
import de.foerderlotse.infra.Stack;
import de.foerderlotse.infra.StackLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The whole system, started once per test JVM on free ports in a temporary folder, exactly as
 * {@code deploy/local/up} starts it; stopped and deleted when the JVM ends.
 */
final class RunningSystem {

  private static Stack stack;

  private RunningSystem() {}

  static synchronized Stack get() {
    if (stack == null) {
      try {
        Path data =
            Files.createTempDirectory(
                "foerderlotse-e2e-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Path repository = Path.of(System.getProperty("foerderlotse.repository", "../.."));
        Stack started = Stack.of(StackLayout.ephemeral(data, repository.toAbsolutePath()));
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      started.stop();
                      deleteQuietly(data);
                    }));
        started.start(Municipality.DEFAULT_LIST, Duration.ofSeconds(240));
        stack = started;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return stack;
  }

  /** The folder holds an unpacked Keycloak (about 400 MB): never leave it behind. */
  private static void deleteQuietly(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      System.err.println("could not delete " + folder + ": " + e.getMessage());
    }
  }

  static String url(String server) {
    return get().layout().url(server);
  }

  static KeycloakServer keycloak() {
    return get().keycloak();
  }
}

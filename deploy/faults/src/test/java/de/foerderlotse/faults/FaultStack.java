package de.foerderlotse.faults;

import de.foerderlotse.infra.Municipality;
import de.foerderlotse.infra.Realm;
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

/** The whole system, started once per suite on free ports as deploy/infra starts it. */
final class FaultStack {

  private static Stack stack;

  private FaultStack() {}

  static synchronized Stack get() {
    if (stack == null) {
      try {
        Path data =
            Files.createTempDirectory(
                "foerderlotse-faults-",
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
        started.start(Municipality.DEFAULT_LIST, Duration.ofSeconds(300));
        stack = started;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return stack;
  }

  static String url(String server) {
    return get().layout().url(server);
  }

  static String token(String user) {
    return get().keycloak().passwordGrant(user, Realm.DEMO_PASSWORD);
  }

  static long pid(String service) {
    return get().processes().get(service).pid();
  }

  static String kafka() {
    return "127.0.0.1:" + get().layout().port("kafka");
  }

  private static void deleteQuietly(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      System.err.println("could not delete " + folder + ": " + e.getMessage());
    }
  }
}

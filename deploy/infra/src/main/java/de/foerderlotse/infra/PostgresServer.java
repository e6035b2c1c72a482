package de.foerderlotse.infra;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A real PostgreSQL server from the binaries that {@code io.zonky.test.postgres} ships on Maven.
 * The server refuses to run as root, so under root it runs as the {@code postgres} user (or {@code
 * nobody}); the data directory stays in the given folder so a restart keeps the data.
 */
public final class PostgresServer {

  /** Owner of every application database; services log in with it. */
  public static final String APP_USER = "foerderlotse";

  public static final String APP_PASSWORD = "foerderlotse";
  private static final String SUPERUSER = "postgres";
  private static final String SUPERUSER_PASSWORD = "postgres";
  private static final String BINARIES = "postgres-linux-x86_64.txz";
  private static final Duration TOOL_TIMEOUT = Duration.ofSeconds(90);

  private final Path binaries;
  private final Path dataDir;
  private final int port;
  private final Path log;

  private PostgresServer(Path binaries, Path dataDir, int port, Path log) {
    this.binaries = binaries;
    this.dataDir = dataDir;
    this.port = port;
    this.log = log;
  }

  /**
   * Initialises the data directory on first use and starts the server on 127.0.0.1.
   *
   * @param home folder for the unpacked binaries ({@code pg/}), the data ({@code data/}) and the
   *     log
   */
  public static PostgresServer start(Path home, int port) throws IOException {
    Path binaries = unpackBinaries(home.resolve("pg"));
    PostgresServer server =
        new PostgresServer(binaries, home.resolve("data"), port, home.resolve("postgres.log"));
    server.initialiseIfNew();
    server.run(
        List.of(
            server.bin("pg_ctl"),
            "-D",
            server.dataDir.toString(),
            "-l",
            server.log.toString(),
            "-w",
            "-t",
            "60",
            "-o",
            "-p " + port + " -h " + Ports.LOOPBACK + " -k " + server.dataDir,
            "start"));
    server.createAppUser();
    return server;
  }

  /** Refers to a server started earlier in the same home, to stop it. */
  public static PostgresServer existing(Path home, int port) {
    return new PostgresServer(
        home.resolve("pg"), home.resolve("data"), port, home.resolve("postgres.log"));
  }

  public int port() {
    return port;
  }

  public String jdbcUrl(String database) {
    return "jdbc:postgresql://" + Ports.LOOPBACK + ":" + port + "/" + database;
  }

  /** Creates the database (owned by {@link #APP_USER}) unless it exists. */
  public void createDatabase(String name) {
    if (!name.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("unsafe database name: " + name);
    }
    try (Connection connection = superuserConnection();
        Statement statement = connection.createStatement()) {
      boolean exists =
          statement.executeQuery("select 1 from pg_database where datname = '" + name + "'").next();
      if (!exists) {
        statement.execute("create database " + name + " owner " + APP_USER);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create database " + name, e);
    }
  }

  public boolean isRunning() {
    return Files.exists(dataDir.resolve("postmaster.pid")) && Ports.isListening(port);
  }

  public void stop() {
    if (!Files.exists(dataDir.resolve("postmaster.pid"))) {
      return;
    }
    try {
      run(List.of(bin("pg_ctl"), "-D", dataDir.toString(), "-m", "fast", "-w", "stop"));
    } catch (IOException | IllegalStateException e) {
      System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
    }
  }

  private void initialiseIfNew() throws IOException {
    if (Files.exists(dataDir.resolve("PG_VERSION"))) {
      return;
    }
    Files.createDirectories(dataDir);
    Path passwordFile = dataDir.getParent().resolve("superuser.pw");
    Files.writeString(passwordFile, SUPERUSER_PASSWORD + "\n");
    giveToServerUser(dataDir.getParent());
    // C.UTF-8 keeps sorting stable and still lower-cases umlauts for German full-text search.
    run(
        List.of(
            bin("initdb"),
            "-D",
            dataDir.toString(),
            "-U",
            SUPERUSER,
            "--auth=scram-sha-256",
            "--pwfile=" + passwordFile,
            "-E",
            "UTF8",
            "--locale=C.UTF-8"));
    Files.delete(passwordFile);
  }

  private void createAppUser() {
    try (Connection connection = superuserConnection();
        Statement statement = connection.createStatement()) {
      boolean exists =
          statement
              .executeQuery("select 1 from pg_roles where rolname = '" + APP_USER + "'")
              .next();
      if (!exists) {
        statement.execute(
            "create role " + APP_USER + " login createdb password '" + APP_PASSWORD + "'");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create the application user", e);
    }
  }

  private Connection superuserConnection() throws SQLException {
    return DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, SUPERUSER_PASSWORD);
  }

  private String bin(String tool) {
    return binaries.resolve("bin").resolve(tool).toString();
  }

  /** Runs a tool to completion, as the server user when we are root. */
  private void run(List<String> command) throws IOException {
    List<String> full = new ArrayList<>();
    serverUser().ifPresent(user -> full.addAll(List.of("runuser", "-u", user, "--")));
    full.addAll(command);
    ChildProcess.runToCompletion(full, TOOL_TIMEOUT);
  }

  private void giveToServerUser(Path folder) throws IOException {
    if (serverUser().isPresent()) {
      String user = serverUser().get();
      exec(List.of("chown", "-R", user + ":", folder.toString()));
    }
  }

  private static java.util.Optional<String> serverUser() {
    if (!"root".equals(System.getProperty("user.name"))) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(userExists("postgres") ? "postgres" : "nobody");
  }

  private static boolean userExists(String user) {
    try {
      return new ProcessBuilder("id", "-u", user).start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Unpacks the binaries once per folder; the archive is a resource of the zonky binaries jar. */
  private static Path unpackBinaries(Path target) throws IOException {
    if (Files.isExecutable(target.resolve("bin/postgres"))) {
      return target;
    }
    Files.createDirectories(target);
    Path archive = target.resolve(BINARIES);
    try (InputStream in = PostgresServer.class.getClassLoader().getResourceAsStream(BINARIES)) {
      if (in == null) {
        throw new IllegalStateException(BINARIES + " is not on the classpath");
      }
      Files.copy(in, archive, StandardCopyOption.REPLACE_EXISTING);
    }
    exec(List.of("tar", "-xJf", archive.toString(), "-C", target.toString()));
    Files.delete(archive);
    // The server user must be able to read and run what root unpacked.
    exec(List.of("chmod", "-R", "a+rX", target.toString()));
    return target;
  }

  private static void exec(List<String> command) throws IOException {
    ChildProcess.runToCompletion(command, TOOL_TIMEOUT);
  }
}

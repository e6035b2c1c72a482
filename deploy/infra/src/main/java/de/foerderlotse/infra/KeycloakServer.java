package de.foerderlotse.infra;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A real Keycloak from its Maven distribution ({@code org.keycloak:keycloak-quarkus-dist}) in
 * development mode on 127.0.0.1, with the realm {@code foerderlotse} imported on first start. Its
 * data lives below the given home, so a restart keeps users and sessions.
 */
public final class KeycloakServer {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final ChildProcess process;
  private final int port;

  private KeycloakServer(ChildProcess process, int port) {
    this.process = process;
    this.port = port;
  }

  /** Unpacks the distribution on first use, writes the realm for import and starts the server. */
  public static KeycloakServer start(Path home, int port, String realmJson, Duration timeout)
      throws IOException {
    Path dist = unpack(home);
    Path importDir = dist.resolve("data/import");
    Files.createDirectories(importDir);
    Files.writeString(importDir.resolve(Realm.NAME + "-realm.json"), realmJson);
    List<String> command =
        List.of(
            dist.resolve("bin/kc.sh").toString(),
            "start-dev",
            "--http-host=" + Ports.LOOPBACK,
            "--http-port=" + port,
            "--import-realm",
            "--health-enabled=false",
            "--metrics-enabled=false");
    Map<String, String> environment =
        Map.of(
            "JAVA_HOME", System.getProperty("java.home"),
            "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
            "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin",
            "JAVA_OPTS_KC_HEAP", "-Xms128m -Xmx768m");
    ChildProcess process =
        ChildProcess.start("Keycloak", command, environment, dist, home.resolve("keycloak.log"));
    KeycloakServer server = new KeycloakServer(process, port);
    process.awaitReady(server::realmIsServed, timeout);
    return server;
  }

  public static KeycloakServer attach(ChildProcess process, int port) {
    return new KeycloakServer(process, port);
  }

  public String realmUrl() {
    return "http://" + Ports.LOOPBACK + ":" + port + "/realms/" + Realm.NAME;
  }

  public ChildProcess process() {
    return process;
  }

  public void stop() {
    process.stop(Duration.ofSeconds(20));
  }

  /** An access token by the password grant of the public API client (local use only). */
  public String passwordGrant(String username, String password) {
    String form =
        form(
            Map.of(
                "grant_type",
                "password",
                "client_id",
                Realm.API_CLIENT,
                "username",
                username,
                "password",
                password));
    return requestToken(form);
  }

  /** An access token of the service account by the client-credentials grant. */
  public String clientCredentialsGrant() {
    String form =
        form(
            Map.of(
                "grant_type", "client_credentials",
                "client_id", Realm.SERVICE_CLIENT,
                "client_secret", Realm.SERVICE_SECRET));
    return requestToken(form);
  }

  private String requestToken(String form) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(realmUrl() + "/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .timeout(Duration.ofSeconds(20))
            .build();
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      Matcher token =
          Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
      if (response.statusCode() != 200 || !token.find()) {
        throw new IllegalStateException(
            "Keycloak refused the token request: " + response.statusCode() + " " + response.body());
      }
      return token.group(1);
    } catch (IOException e) {
      throw new IllegalStateException("Keycloak is not reachable", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private boolean realmIsServed() {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(realmUrl() + "/.well-known/openid-configuration"))
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

  /** Debian's unzip is several times faster than java.util.zip for the 177 MB distribution. */
  private static boolean unzipWithSystemTool(Path zip, Path home) throws IOException {
    try {
      Process unzip =
          new ProcessBuilder("unzip", "-q", "-o", zip.toString(), "-d", home.toString())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      return unzip.waitFor() == 0;
    } catch (IOException notInstalled) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while unpacking Keycloak", e);
    }
  }

  private static void unzipInJava(Path zip, Path home) throws IOException {
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        // The zip's top folder is keycloak-<version>, which is also our target folder name.
        Path target = home.resolve(entry.getName()).normalize();
        if (!target.startsWith(home)) {
          throw new IllegalStateException("unsafe zip entry " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  /** Unpacks the distribution zip the build resolved, once per home and version. */
  private static Path unpack(Path home) throws IOException {
    Properties distributions = new Properties();
    try (InputStream in = KeycloakServer.class.getResourceAsStream("distributions.properties")) {
      distributions.load(in);
    }
    String version = distributions.getProperty("keycloak.version");
    Path dist = home.resolve("keycloak-" + version);
    if (Files.isExecutable(dist.resolve("bin/kc.sh"))) {
      return dist;
    }
    Path zip = Path.of(distributions.getProperty("keycloak.zip"));
    if (!Files.exists(zip)) {
      throw new IllegalStateException("Keycloak distribution not found at " + zip);
    }
    Files.createDirectories(home);
    if (!unzipWithSystemTool(zip, home)) {
      unzipInJava(zip, home);
    }
    try (var scripts = Files.list(dist.resolve("bin"))) {
      scripts
          .filter(p -> p.toString().endsWith(".sh"))
          .forEach(p -> p.toFile().setExecutable(true));
    }
    return dist;
  }
}

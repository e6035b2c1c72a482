package de.foerderlotse.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.foerderlotse.e2e.fuzz.FuzzCampaign;
import de.foerderlotse.e2e.fuzz.FuzzTally;
import de.foerderlotse.e2e.fuzz.FuzzTarget;
import de.foerderlotse.e2e.fuzz.FuzzUsers;
import de.foerderlotse.e2e.fuzz.KnownIds;
import de.foerderlotse.e2e.fuzz.OpenApiDocument;
import de.foerderlotse.e2e.fuzz.TenantSnapshot;
import de.foerderlotse.infra.DemoScenario;
import de.foerderlotse.infra.Municipality;
import de.foerderlotse.infra.Realm;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;

/**
 * The setting of a fuzz run on the running system: Düren is the tenant the fuzzer acts as (with the
 * county's other users), Jülich the tenant it never targets. Both have a project and an application
 * in the demo call before the run.
 */
final class FuzzFixture {

  /**
   * Body size limits (quarkus.http.limits.max-body-size); through the gateway above all of them.
   */
  private static final Map<String, Long> BODY_LIMITS =
      Map.of(
          "gateway", 12L << 20,
          "funding", 12L << 20,
          "project", 5L << 20,
          "municipality", 512L << 10);

  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  final List<FuzzTarget> targets = new ArrayList<>();
  final FuzzUsers users;
  final KnownIds ids;
  final List<String> untargetedReads;

  private FuzzFixture(FuzzUsers users, KnownIds ids, List<String> untargetedReads) {
    this.users = users;
    this.ids = ids;
    this.untargetedReads = untargetedReads;
  }

  static FuzzFixture prepare() throws Exception {
    String gateway = RunningSystem.url("gateway");
    DemoScenario.Loaded demo = new DemoScenario(gateway, RunningSystem.keycloak()).load();
    String dueren = projectOf(demo.duerenApplication(), DemoScenario.DUEREN_LOGIN);
    String juelich = projectOf(demo.juelichApplication(), DemoScenario.JUELICH_LOGIN);
    KnownIds ids =
        new KnownIds(
            Map.of(
                "programmes", demo.programmeId(),
                "calls", demo.callId(),
                "projects", dueren,
                "applications", demo.duerenApplication()),
            DemoScenario.DUEREN_AGS);
    List<String> logins = new ArrayList<>(List.of("scout", "coordinator", "viewer"));
    for (Municipality m : Municipality.load(Municipality.DEFAULT_LIST)) {
      if (!m.ags().equals(DemoScenario.JUELICH_AGS)) {
        logins.add(m.loginName());
      }
    }
    List<String> reads =
        List.of(
            "/api/projects/" + juelich,
            "/api/projects",
            "/api/applications/" + demo.juelichApplication(),
            "/api/applications");
    FuzzFixture fixture =
        new FuzzFixture(
            new FuzzUsers(
                login -> RunningSystem.keycloak().passwordGrant(login, Realm.DEMO_PASSWORD),
                logins),
            ids,
            reads);
    fixture.targets.add(target("gateway", gateway + "/api/openapi"));
    for (String service : List.of("funding", "project", "municipality")) {
      fixture.targets.add(target(service, RunningSystem.url(service) + "/q/openapi?format=json"));
    }
    return fixture;
  }

  /** The figures of one run: the tally, readiness afterwards and the untargeted tenant's fate. */
  record Outcome(FuzzTally tally, boolean readyAfter, List<String> untargetedChanges) {

    String figures() {
      return tally.report()
          + "\nall services ready afterwards: "
          + (readyAfter ? "yes" : "no")
          + "\nuntargeted tenant (Jülich) unchanged: "
          + (untargetedChanges.isEmpty() ? "yes" : "no " + untargetedChanges);
    }
  }

  /** Snapshot of Jülich, the campaign, readiness and a second snapshot; prints the figures. */
  Outcome run(int requests, int threads, long seed) throws Exception {
    TenantSnapshot before = settledUntargetedSnapshot();
    long started = System.nanoTime();
    FuzzTally tally = new FuzzCampaign(targets, users, ids, seed).run(requests, threads);
    long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
    Outcome outcome = new Outcome(tally, allReady(), before.differencesTo(untargetedSnapshot()));
    System.out.println(
        "=== API fuzz run: "
            + requests
            + " requests, "
            + threads
            + " threads, seed "
            + seed
            + ", "
            + seconds
            + " s ===\n"
            + outcome.figures());
    return outcome;
  }

  /** Jülich's reads, once they no longer change (conflict detection runs after the demo load). */
  TenantSnapshot settledUntargetedSnapshot() {
    TenantSnapshot[] last = {null};
    return Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofSeconds(3))
        .until(
            () -> {
              TenantSnapshot previous = last[0];
              last[0] = untargetedSnapshot();
              return previous != null && previous.equals(last[0]) ? last[0] : null;
            },
            snapshot -> snapshot != null);
  }

  TenantSnapshot untargetedSnapshot() throws Exception {
    String token =
        RunningSystem.keycloak().passwordGrant(DemoScenario.JUELICH_LOGIN, Realm.DEMO_PASSWORD);
    return TenantSnapshot.take(RunningSystem.url("gateway"), token, untargetedReads);
  }

  /** Asserts and tells whether every server reports ready. */
  static boolean allReady() throws Exception {
    for (String server : List.of("gateway", "funding", "project", "municipality")) {
      HttpResponse<String> answer =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(RunningSystem.url(server) + "/q/health/ready"))
                  .timeout(Duration.ofSeconds(10))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() != 200) {
        System.out.println(server + " not ready: " + answer.body());
        return false;
      }
    }
    return true;
  }

  private static FuzzTarget target(String name, String documentUrl) throws Exception {
    OpenApiDocument document = OpenApiDocument.fetch(HTTP, documentUrl);
    assertThat(document.operations()).as("operations in " + documentUrl).isNotEmpty();
    String base = name.equals("gateway") ? RunningSystem.url("gateway") : RunningSystem.url(name);
    return new FuzzTarget(name, base, document, operation -> BODY_LIMITS.get(name));
  }

  private static String projectOf(String application, String login) throws Exception {
    String token = RunningSystem.keycloak().passwordGrant(login, Realm.DEMO_PASSWORD);
    HttpResponse<String> answer =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(RunningSystem.url("gateway") + "/api/applications/" + application))
                .header("Authorization", "Bearer " + token)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return new ObjectMapper().readTree(answer.body()).path("projectId").asText();
  }
}

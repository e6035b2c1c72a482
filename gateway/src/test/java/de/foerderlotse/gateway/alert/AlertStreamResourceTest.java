package de.foerderlotse.gateway.alert;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import de.foerderlotse.infra.test.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AlertStreamResourceTest {

  private static final String DUEREN = "05358008";
  private static final String JUELICH = "05358024";
  private static final String COORDINATOR = TestTokens.of("kai", "coordinator");

  @TestHTTPResource("/api/alerts/stream")
  URI stream;

  @Inject AlertFeed feed;

  private AlertPublisher kafka;

  @BeforeEach
  void producer() {
    kafka = new AlertPublisher();
  }

  @AfterEach
  void closeProducer() {
    kafka.close();
  }

  @Test
  void coordinatorReceivesEveryAlertLiveWithTheAlertIdAsEventId() throws Exception {
    try (SseClient client = connected(COORDINATOR, null)) {
      assertThat(client.status()).isEqualTo(200);
      assertThat(client.contentType()).startsWith("text/event-stream");

      String forDueren = kafka.publish(false, DUEREN);
      String forCounty = kafka.publish(true);

      waiting().until(() -> client.eventIds().containsAll(List.of(forDueren, forCounty)));
      assertThat(client.lines()).contains("event:alert");
      assertThat(client.dataLines())
          .anySatisfy(
              data ->
                  assertThat(data)
                      .contains("\"id\":\"" + forDueren + "\"")
                      .contains("Verwendungsnachweis")
                      .doesNotContain("futureField"));
    }
  }

  @Test
  void municipalityReceivesOnlyAlertsAddressedToTheAgsInItsToken() throws Exception {
    try (SseClient dueren = connected(TestTokens.municipality("dana", DUEREN), null)) {
      String forJuelich = kafka.publish(false, JUELICH);
      String forCountyOnly = kafka.publish(true);
      // Both have passed the scope filter once the feed holds them; only then the own alert.
      waiting().until(() -> ids(feed.retained()).containsAll(List.of(forJuelich, forCountyOnly)));
      String forDuerenAndJuelich = kafka.publish(false, JUELICH, DUEREN);

      waiting().until(() -> dueren.eventIds().contains(forDuerenAndJuelich));
      assertThat(dueren.eventIds()).containsExactly(forDuerenAndJuelich);
    }
  }

  @Test
  void aMunicipalityTokenThatIsAlsoViewerStaysConfinedToItsAgs() throws Exception {
    String both = TestTokens.municipalityWith("dora", DUEREN, "viewer");
    try (SseClient dueren = connected(both, null)) {
      String forJuelich = kafka.publish(false, JUELICH);
      waiting().until(() -> ids(feed.retained()).contains(forJuelich));
      String forDueren = kafka.publish(false, DUEREN);

      waiting().until(() -> dueren.eventIds().contains(forDueren));
      assertThat(dueren.eventIds()).containsExactly(forDueren);
    }
  }

  @Test
  void resumesFromLastEventIdWithWhatWasPublishedInBetween() throws Exception {
    String first;
    String second;
    try (SseClient before = connected(COORDINATOR, null)) {
      first = kafka.publish(true);
      waiting().until(() -> before.eventIds().contains(first));
      second = kafka.publish(true);
      waiting().until(() -> before.eventIds().contains(second));
    }
    String whileAway = kafka.publish(false, DUEREN);
    waiting().until(() -> ids(feed.retained()).contains(whileAway));

    try (SseClient after = connected(COORDINATOR, first)) {
      waiting().until(() -> after.eventIds().contains(whileAway));
      assertThat(after.eventIds()).containsExactly(second, whileAway);
    }
  }

  @Test
  void municipalityResumeReplaysOnlyItsOwnAlerts() throws Exception {
    String mark = kafka.publish(true);
    waiting().until(() -> ids(feed.retained()).contains(mark));
    String notMine = kafka.publish(false, JUELICH);
    waiting().until(() -> ids(feed.retained()).contains(notMine));
    String mine = kafka.publish(false, DUEREN);
    waiting().until(() -> ids(feed.retained()).contains(mine));

    try (SseClient dueren = connected(TestTokens.municipality("dana", DUEREN), mark)) {
      assertThat(dueren.eventIds()).containsExactly(mine);
    }
  }

  @Test
  void skipsUnreadableRecordsAndKeepsStreaming() throws Exception {
    try (SseClient client = connected(COORDINATOR, null)) {
      kafka.publishGarbage();
      String after = kafka.publish(true);
      waiting().until(() -> client.eventIds().contains(after));
      assertThat(ids(feed.retained())).doesNotContain("garbage");
    }
  }

  @Test
  void pingsIdleStreamsAndDropsClosedOnes() throws Exception {
    // Streams the other tests closed are noticed at the latest with the next ping.
    waiting().until(() -> feed.openStreams() == 0);
    SseClient client = connected(COORDINATOR, null);
    waiting().until(client::pinged);
    assertThat(feed.openStreams()).isEqualTo(1);
    client.close();
    waiting().until(() -> feed.openStreams() == 0);
  }

  @Test
  void streamIsServedByTheGatewayWhileOtherAlertPathsAreForwarded() {
    given()
        .auth()
        .oauth2(COORDINATOR)
        .get("/api/alerts/42")
        .then()
        .statusCode(200)
        .body("path", equalTo("/api/alerts/42"));
    given().get("/api/alerts/stream").then().statusCode(401);
    given()
        .auth()
        .oauth2(TestTokens.of("sina", "scout"))
        .accept("text/event-stream")
        .get("/api/alerts/stream")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }

  private SseClient connected(String token, String lastEventId) throws Exception {
    SseClient client = SseClient.open(stream, token, lastEventId);
    waiting().until(client::connected);
    return client;
  }

  private static List<String> ids(List<Alert> alerts) {
    return alerts.stream().map(Alert::id).toList();
  }

  private static ConditionFactory waiting() {
    return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50));
  }
}

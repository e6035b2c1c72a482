package de.foerderlotse.funding.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import de.foerderlotse.infra.test.TestTokens;
import de.foerderlotse.infra.test.TestTopics;
import de.foerderlotse.platform.outbox.OutboxWriter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The relay parks a row the broker refuses for good and keeps relaying the rows behind it. */
@QuarkusTest
class OutboxParkingTest {

  private static final String TOPIC = "funding.parking-test.v1";
  private static final String ADMIN = TestTokens.of("kai", "coordinator");
  private static final int MAX_ATTEMPTS = 3; // %test.foerderlotse.outbox.max-attempts

  @Inject OutboxWriter writer;
  @Inject EntityManager entityManager;

  @Test
  void parksRowTooLargeForTheBrokerWhileLaterRowsStillArrive() {
    String tooLarge = "gross-" + UUID.randomUUID();
    List<String> later = List.of("danach-" + UUID.randomUUID(), "danach-" + UUID.randomUUID());
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              // Beyond the producer's max.request.size of 1 MiB: Kafka refuses it every time.
              writer.append(TOPIC, "test.big", tooLarge, Map.of("blob", "x".repeat(1_200_000)));
              later.forEach(key -> writer.append(TOPIC, "test.small", key, Map.of("v", 1)));
            });

    later.forEach(key -> TestTopics.awaitRecord(TOPIC, r -> key.equals(r.key())));
    long seq = awaitParked(tooLarge);
    assertThat(column("attempts", seq)).isEqualTo(MAX_ATTEMPTS);
    assertThat((String) column("last_error", seq)).contains("RecordTooLarge");
    Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                given()
                    .get("/q/health/ready")
                    .then()
                    .statusCode(200)
                    .body("checks.find { it.name == 'outbox-parked' }.status", equalTo("UP"))
                    .body(
                        "checks.find { it.name == 'outbox-parked' }.data.warning",
                        not(equalTo(null))));
    assertThat(given().get("/q/metrics").asString()).contains("foerderlotse_outbox_parked");

    given()
        .auth()
        .oauth2(ADMIN)
        .delete("/api/admin/outbox/parked/" + seq)
        .then()
        .statusCode(200)
        .body("aggregateId", equalTo(tooLarge));
    assertThat(rowCount(seq)).isZero();
    assertThat(audit(seq)).isEqualTo("DROP by kai");
    given()
        .auth()
        .oauth2(ADMIN)
        .get("/api/admin/outbox/parked")
        .then()
        .statusCode(200)
        .body("aggregateId", not(hasItem(tooLarge)));
  }

  @Test
  void retryPutsParkedRowBackInLineAndItArrives() {
    String key = "geparkt-" + UUID.randomUUID();
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              UUID eventId = writer.append(TOPIC, "test.small", key, Map.of("v", 1));
              // Parked as if the broker had refused it before; it is sendable now.
              entityManager
                  .createNativeQuery(
                      "update outbox_event set parked_at = now(), attempts = 3,"
                          + " last_error = 'simuliert' where event_id = :id")
                  .setParameter("id", eventId)
                  .executeUpdate();
            });
    long seq = awaitParked(key);

    given()
        .auth()
        .oauth2(TestTokens.of("kai", "municipality"))
        .post("/api/admin/outbox/parked/" + seq + "/retry")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(ADMIN)
        .post("/api/admin/outbox/parked/" + seq + "/retry")
        .then()
        .statusCode(200)
        .body("seq", equalTo((int) seq));

    TestTopics.awaitRecord(TOPIC, r -> key.equals(r.key()));
    assertThat(audit(seq)).isEqualTo("RETRY by kai");
    given()
        .auth()
        .oauth2(ADMIN)
        .post("/api/admin/outbox/parked/" + seq + "/retry")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  private long awaitParked(String aggregateId) {
    return Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                given()
                    .auth()
                    .oauth2(ADMIN)
                    .get("/api/admin/outbox/parked")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("findAll { it.aggregateId == '" + aggregateId + "' }.seq", Long.class),
            seqs -> !seqs.isEmpty())
        .get(0);
  }

  private Object column(String name, long seq) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                entityManager
                    .createNativeQuery("select " + name + " from outbox_event where seq = :seq")
                    .setParameter("seq", seq)
                    .getSingleResult());
  }

  private long rowCount(long seq) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                        entityManager
                            .createNativeQuery("select count(*) from outbox_event where seq = :seq")
                            .setParameter("seq", seq)
                            .getSingleResult())
                    .longValue());
  }

  private String audit(long seq) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                (String)
                    entityManager
                        .createNativeQuery(
                            "select action || ' by ' || actor from outbox_audit"
                                + " where event_seq = :seq order by id desc limit 1")
                        .setParameter("seq", seq)
                        .getSingleResult());
  }
}

package de.foerderlotse.municipality.events;

import static de.foerderlotse.municipality.Fixtures.COORDINATOR;
import static de.foerderlotse.municipality.Fixtures.JUELICH;
import static de.foerderlotse.municipality.Fixtures.municipality;
import static de.foerderlotse.municipality.Fixtures.uniqueWord;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.foerderlotse.infra.test.TestTopics;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * POST /api/admin/dead-letters/{topic}/replay against the real dead-letter topic: a valid alert
 * that an earlier fault had dead-lettered reaches the inbox, a poison record is refused again and
 * stays remembered, each replay is audited and replayed once.
 */
@QuarkusTest
class DeadLetterReplayTest {

  private static final String DLQ = "municipality.inbox.dlq.v1";
  private static final String REPLAY = "/api/admin/dead-letters/" + DLQ + "/replay";

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  @Inject AgroalDataSource database;

  @Test
  void replaysDeadLettersIntoTheirConsumerOnceAndAuditsEach() throws Exception {
    String word = uniqueWord();
    String validKey = "valid-" + word;
    String poisonKey = "poison-" + word;
    TestTopics.publish(AlertRaised.TOPIC, poisonKey, "de.foerderlotse.alert.raised.v1", "{ kaputt");
    TestTopics.awaitRecord(DLQ, r -> poisonKey.equals(r.key()));
    deadLetterAsIfRefusedEarlier(validKey, alert(word));

    JsonPath first = replay(500);
    assertThat(outcomeOf(first, poisonKey)).isEqualTo("REFUSED");
    assertThat(outcomeOf(first, validKey)).isEqualTo("APPLIED");
    assertThat(inboxMessages(JUELICH)).anyMatch(m -> m.endsWith(word));
    assertThat(auditedOutcomes(validKey)).containsExactly("APPLIED");
    assertThat(auditedOutcomes(poisonKey)).containsExactly("REFUSED");

    JsonPath second = replay(500);
    assertThat(second.getList("records.key", String.class)).doesNotContain(validKey, poisonKey);
  }

  @Test
  void onlyCoordinatorsReplayAndOnlyTheServicesOwnDeadLetterTopics() {
    given()
        .auth()
        .oauth2(municipality(JUELICH))
        .post(REPLAY)
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(COORDINATOR)
        .post("/api/admin/dead-letters/fremd.dlq.v1/replay")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(COORDINATOR)
        .queryParam("max", 501)
        .post(REPLAY)
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  private static JsonPath replay(int max) {
    return given()
        .auth()
        .oauth2(COORDINATOR)
        .queryParam("max", max)
        .post(REPLAY)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static String outcomeOf(JsonPath report, String key) {
    return report.getString("records.find { it.key == '" + key + "' }.outcome");
  }

  /** A record as the connector's dead-letter strategy writes it, from a made-up position. */
  private void deadLetterAsIfRefusedEarlier(String key, String value) throws Exception {
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
            new StringSerializer(),
            new StringSerializer())) {
      ProducerRecord<String, String> record = new ProducerRecord<>(DLQ, key, value);
      header(record, "ce_id", UUID.randomUUID().toString());
      header(record, "ce_type", "de.foerderlotse.alert.raised.v1");
      header(record, "dead-letter-reason", "could not serialize access (an earlier fault)");
      header(record, "dead-letter-topic", AlertRaised.TOPIC);
      header(record, "dead-letter-partition", "0");
      header(
          record, "dead-letter-offset", String.valueOf(Long.MAX_VALUE - System.nanoTime() % 1000));
      producer.send(record).get(10, TimeUnit.SECONDS);
    }
  }

  private static void header(ProducerRecord<String, String> record, String name, String value) {
    record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
  }

  private static String alert(String word) {
    return """
        {"id":"%s","type":"deadline","severity":"info",
         "addressees":{"municipalities":["%s"],"county":false,"roles":["coordinator"]},
         "subjects":[{"kind":"PROJECT","id":"%s","title":"Radweg %s"}],
         "message":"Frist läuft ab %s","dedupKey":"replay:%s",
         "createdAt":"2026-11-20T10:15:30Z"}
        """
        .formatted(UUID.randomUUID(), JUELICH, UUID.randomUUID(), word, word, word);
  }

  private static List<String> inboxMessages(String ags) {
    return given()
        .auth()
        .oauth2(COORDINATOR)
        .queryParam("ags", ags)
        .queryParam("size", 200)
        .get("/api/inbox")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.message", String.class);
  }

  private List<String> auditedOutcomes(String key) throws Exception {
    try (Connection connection = database.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "select outcome from dead_letter_replay_audit where record_key = ?"
                    + " and actor = 'kora' order by id")) {
      query.setString(1, key);
      try (ResultSet rows = query.executeQuery()) {
        List<String> outcomes = new java.util.ArrayList<>();
        while (rows.next()) {
          outcomes.add(rows.getString(1));
        }
        return outcomes;
      }
    }
  }
}

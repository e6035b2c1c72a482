package de.foerderlotse.municipality.events;

import static de.foerderlotse.municipality.Fixtures.COORDINATOR;
import static de.foerderlotse.municipality.Fixtures.COUNTY;
import static de.foerderlotse.municipality.Fixtures.JUELICH;
import static de.foerderlotse.municipality.Fixtures.uniqueWord;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.foerderlotse.infra.test.TestTopics;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AlertConsumerTest {

  private static final String NIDEGGEN = "05358044";
  private static final String DLQ = "municipality.inbox.dlq.v1";

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  @Test
  void putsAnAlertIntoTheInboxOfEveryAddresseeIncludingTheCounty() throws Exception {
    String word = uniqueWord();
    send(
        word,
        UUID.randomUUID().toString(),
        alert(word, "conflict:" + word, List.of(JUELICH, NIDEGGEN), true));

    for (String ags : List.of(JUELICH, NIDEGGEN, COUNTY)) {
      JsonPath item = awaitInboxItem(ags, word);
      assertThat(item.getString("type")).isEqualTo("CONFLICT");
      assertThat(item.getString("severity")).isEqualTo("WARNING");
      assertThat(item.getString("subjects[0].kind")).isEqualTo("PROJECT");
      assertThat(item.getString("subjects[0].title")).isEqualTo("Radweg " + word);
      assertThat(item.getBoolean("read")).isFalse();
    }
  }

  @Test
  void ignoresRedeliveredEventsAndReRaisedAlerts() throws Exception {
    String word = uniqueWord();
    String key = "alerts-" + word;
    String firstEventId = UUID.randomUUID().toString();
    String payload = alert(word, "deadline:" + word, List.of(JUELICH), false);
    send(key, firstEventId, payload);
    send(key, firstEventId, payload);
    // The same alert raised again under a new event id: its dedup key keeps it out.
    send(key, UUID.randomUUID().toString(), payload.replace("\"id\":\"", "\"id\":\"again-"));
    // Same key, same partition: once the marker is in, the records before it were processed.
    String marker = uniqueWord();
    send(
        key,
        UUID.randomUUID().toString(),
        alert(marker, "marker:" + marker, List.of(JUELICH), false));
    awaitInboxItem(JUELICH, marker);

    assertThat(inboxTotal(JUELICH, word)).isEqualTo(1);
  }

  @Test
  void movesUnreadableRecordsToTheDeadLetterTopicAndCarriesOn() throws Exception {
    String word = uniqueWord();
    String key = "broken-" + word;
    send(key, UUID.randomUUID().toString(), "{ das ist kein JSON");
    send(
        key,
        UUID.randomUUID().toString(),
        "{\"id\":\"x-" + word + "\",\"message\":\"ohne Adressaten\"}");
    send(key, UUID.randomUUID().toString(), alert(word, "after:" + word, List.of(JUELICH), false));

    List<ConsumerRecord<String, String>> dead = TestTopics.awaitRecords(DLQ, key, 2);
    assertThat(dead.get(0).value()).isEqualTo("{ das ist kein JSON");
    assertThat(TestTopics.header(dead.get(0), "dead-letter-reason")).isNotBlank();
    assertThat(TestTopics.header(dead.get(1), "dead-letter-reason")).contains("type");
    awaitInboxItem(JUELICH, word);
  }

  private static String alert(
      String word, String dedupKey, List<String> municipalities, boolean county) {
    String addressed = String.join(",", municipalities.stream().map(a -> "\"" + a + "\"").toList());
    return """
        {"id":"%s","type":"conflict","severity":"warning",
         "addressees":{"municipalities":[%s],"county":%s,"roles":["coordinator"]},
         "subjects":[{"kind":"PROJECT","id":"%s","title":"Radweg %s","extra":1}],
         "message":"Ähnliches Projekt in der Nachbarkommune %s","dedupKey":"%s",
         "createdAt":"2026-11-20T10:15:30Z","futureField":{"a":1}}
        """
        .formatted(UUID.randomUUID(), addressed, county, UUID.randomUUID(), word, word, dedupKey);
  }

  private void send(String key, String eventId, String value) throws Exception {
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
            new StringSerializer(),
            new StringSerializer())) {
      ProducerRecord<String, String> record = new ProducerRecord<>(AlertRaised.TOPIC, key, value);
      header(record, "ce_specversion", "1.0");
      header(record, "ce_id", eventId);
      header(record, "ce_type", "de.foerderlotse.alert.raised.v1");
      header(record, "ce_source", "/project-service");
      header(record, "content-type", "application/json");
      producer.send(record).get(10, TimeUnit.SECONDS);
    }
  }

  private static void header(ProducerRecord<String, String> record, String name, String value) {
    record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
  }

  private static JsonPath awaitInboxItem(String ags, String word) {
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> inboxTotal(ags, word) > 0);
    JsonPath page = inbox(ags);
    return new JsonPath(page.prettify())
        .setRootPath("items.find { it.message.endsWith('" + word + "') }");
  }

  private static long inboxTotal(String ags, String word) {
    List<String> messages = inbox(ags).getList("items.message");
    return messages.stream().filter(m -> m.endsWith(word)).count();
  }

  private static JsonPath inbox(String ags) {
    return given()
        .auth()
        .oauth2(COORDINATOR)
        .queryParam("ags", ags)
        .queryParam("size", 200)
        .get("/api/inbox")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }
}

package de.foerderlotse.funding.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.foerderlotse.infra.test.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProgrammeEventsTest {

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void publishesRegisteredProgrammeWithCloudEventsHeadersThroughTheOutbox() throws Exception {
    String id =
        given()
            .auth()
            .oauth2(TestTokens.of("sina", "scout"))
            .contentType(ContentType.JSON)
            .body("{\"title\":\"Digitale Schule\",\"fundingBody\":\"Bund\",\"status\":\"OPEN\"}")
            .post("/api/programmes")
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    ConsumerRecord<String, String> record = awaitRecordWithKey(id);

    assertThat(header(record, "ce_type")).isEqualTo("de.foerderlotse.programme.changed.v1");
    assertThat(header(record, "ce_source")).isEqualTo("/funding-service");
    assertThat(header(record, "ce_subject")).isEqualTo(id);
    assertThat(UUID.fromString(header(record, "ce_id"))).isNotNull();
    assertThat(header(record, "ce_time")).isNotBlank();
    JsonNode payload = json.readTree(record.value());
    assertThat(payload.get("id").asText()).isEqualTo(id);
    assertThat(payload.get("title").asText()).isEqualTo("Digitale Schule");
    assertThat(payload.get("version").asLong()).isZero();
    assertThat(payload.get("changedFields").get(0).asText()).isEqualTo("created");
  }

  private ConsumerRecord<String, String> awaitRecordWithKey(String key) {
    List<ConsumerRecord<String, String>> seen = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG,
                "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest"),
            new StringDeserializer(),
            new StringDeserializer())) {
      consumer.subscribe(List.of(ProgrammeChanged.TOPIC));
      Awaitility.await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () -> {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                return seen.stream().anyMatch(r -> key.equals(r.key()));
              });
    }
    return seen.stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow();
  }

  private static String header(ConsumerRecord<String, String> record, String name) {
    var header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }
}

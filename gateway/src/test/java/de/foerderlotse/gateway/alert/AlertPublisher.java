package de.foerderlotse.gateway.alert;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

/** Publishes alerts to the real broker the way project-service does (binary CloudEvents). */
final class AlertPublisher implements AutoCloseable {

  static final String TOPIC = "project.alert.v1";

  private final KafkaProducer<String, String> producer =
      new KafkaProducer<>(
          Map.of(
              "bootstrap.servers",
              ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class),
              "acks",
              "all"),
          new StringSerializer(),
          new StringSerializer());

  /** Publishes one alert addressed to the given municipalities (and the county if asked). */
  String publish(boolean county, String... municipalities) throws Exception {
    String id = UUID.randomUUID().toString();
    String addressed =
        java.util.Arrays.stream(municipalities)
            .map(ags -> "\"" + ags + "\"")
            .collect(Collectors.joining(","));
    String json =
        """
        {"id":"%s","type":"DEADLINE_DUE","severity":"WARNING",
         "addressees":{"municipalities":[%s],"county":%s},
         "subjects":[{"kind":"APPLICATION","id":"a-1","title":"Radweg Nord"}],
         "message":"Der Verwendungsnachweis ist in 7 Tagen fällig.","dedupKey":"dl-%s",
         "createdAt":"2026-11-25T08:00:00Z","futureField":{"ignored":true}}
        """
            .formatted(id, addressed, county, id);
    ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, id, json);
    record.headers().add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
    record
        .headers()
        .add("ce_type", "de.foerderlotse.alert.raised.v1".getBytes(StandardCharsets.UTF_8));
    record.headers().add("ce_source", "project-service".getBytes(StandardCharsets.UTF_8));
    record.headers().add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
    producer.send(record).get();
    return id;
  }

  /** Publishes a record that is not an alert at all. */
  void publishGarbage() throws Exception {
    producer.send(new ProducerRecord<>(TOPIC, "garbage", "kein JSON")).get();
  }

  @Override
  public void close() {
    producer.close();
  }
}

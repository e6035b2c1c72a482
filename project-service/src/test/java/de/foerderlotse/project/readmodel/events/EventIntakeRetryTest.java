package de.foerderlotse.project.readmodel.events;

import static org.assertj.core.api.Assertions.assertThat;

import de.foerderlotse.infra.test.TestTopics;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventIntakeRetryTest {

  private static final String DLQ = "project-service.dlq.v1";

  @Inject IntakeProbe probe;

  @Test
  void retriesTransientDatabaseFailureUntilAppliedAndDeadLettersOnlyThePoisonRecord() {
    String flaky = "wackelig-" + UUID.randomUUID();
    String poison = "gift-" + UUID.randomUUID();
    String after = "danach-" + UUID.randomUUID();
    publish(flaky, "{\"key\":\"%s\",\"transientFailures\":3}".formatted(flaky));
    publish(poison, "{ kein json");
    publish(after, "{\"key\":\"%s\"}".formatted(after));

    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> probe.applied(flaky) && probe.applied(after));
    assertThat(probe.attempts(flaky)).isEqualTo(4);

    // Dead letters keep consumption order: had the flaky record been dead-lettered, it would
    // stand before the poison record.
    var dead =
        TestTopics.awaitRecords(
            DLQ,
            r -> r.topic().equals(DLQ) && (flaky.equals(r.key()) || poison.equals(r.key())),
            1);
    ConsumerRecord<String, String> first = dead.get(0);
    assertThat(first.key()).isEqualTo(poison);
    assertThat(TestTopics.header(first, "dead-letter-reason")).contains("JSON");
  }

  private static void publish(String key, String value) {
    TestTopics.publish(IntakeProbe.TOPIC, key, "test.probe", value);
  }
}

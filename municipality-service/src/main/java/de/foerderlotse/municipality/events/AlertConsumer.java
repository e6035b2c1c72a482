package de.foerderlotse.municipality.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.foerderlotse.municipality.service.InboxService;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Fills the inboxes from {@code project.alert.v1}. A record that cannot be read throws, and the
 * channel's dead-letter strategy moves it aside with the reason, so one bad record never stops the
 * inboxes.
 */
@ApplicationScoped
public class AlertConsumer {

  private final ObjectMapper json;
  private final InboxService inbox;

  public AlertConsumer(ObjectMapper json, InboxService inbox) {
    this.json = json;
    this.inbox = inbox;
  }

  @Incoming("alerts")
  @Blocking
  public void consume(ConsumerRecord<String, String> record) throws JsonProcessingException {
    if (record.value() == null) {
      throw new IllegalArgumentException("alert record without value");
    }
    AlertRaised event = json.readValue(record.value(), AlertRaised.class);
    var alert = event.toAlert();
    // The CloudEvents id identifies a delivery; a producer without CloudEvents headers still has
    // the alert id.
    Header ceId = record.headers().lastHeader("ce_id");
    String eventId = ceId == null ? alert.id() : new String(ceId.value(), StandardCharsets.UTF_8);
    inbox.receive(eventId, alert);
  }
}

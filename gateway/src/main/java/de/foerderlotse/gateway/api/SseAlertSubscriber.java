package de.foerderlotse.gateway.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.foerderlotse.gateway.alert.Alert;
import de.foerderlotse.gateway.alert.AlertFeed;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.io.UncheckedIOException;
import java.util.function.Predicate;

/** One client's SSE connection: event {@code alert}, id = alert id, data = the alert as JSON. */
final class SseAlertSubscriber implements AlertFeed.Subscriber {

  static final String EVENT_NAME = "alert";

  private final SseEventSink sink;
  private final Sse sse;
  private final Predicate<Alert> scope;
  private final ObjectMapper json;

  SseAlertSubscriber(SseEventSink sink, Sse sse, Predicate<Alert> scope, ObjectMapper json) {
    this.sink = sink;
    this.sse = sse;
    this.scope = scope;
    this.json = json;
  }

  @Override
  public boolean deliver(Alert alert) {
    if (sink.isClosed()) {
      return false;
    }
    if (scope.test(alert)) {
      send(
          sse.newEventBuilder()
              .id(alert.id())
              .name(EVENT_NAME)
              .data(String.class, toJson(alert))
              .build());
    }
    return true;
  }

  @Override
  public boolean keepAlive() {
    if (sink.isClosed()) {
      return false;
    }
    comment("ping");
    return true;
  }

  void comment(String text) {
    send(sse.newEventBuilder().comment(text).build());
  }

  private void send(OutboundSseEvent event) {
    sink.send(event)
        .whenComplete(
            (sent, failure) -> {
              if (failure != null) {
                sink.close();
              }
            });
  }

  private String toJson(Alert alert) {
    try {
      return json.writeValueAsString(alert);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}

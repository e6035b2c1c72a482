package de.foerderlotse.gateway.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.foerderlotse.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Every alert on {@code project.alert.v1}, handed to the open streams as it arrives. The latest
 * alerts stay in a bounded in-memory buffer so a client that reconnects with the id of the last
 * alert it saw gets what it missed, as long as that is still retained.
 */
@ApplicationScoped
public class AlertFeed {

  private static final Logger LOG = Logger.getLogger(AlertFeed.class);

  /** One open stream. */
  public interface Subscriber {

    /** Hands over one alert; {@code false} when the stream is gone and should be dropped. */
    boolean deliver(Alert alert);

    /** Keeps an idle stream open; {@code false} when the stream is gone. */
    boolean keepAlive();
  }

  private final ObjectMapper json;
  private final int capacity;
  private final Map<String, Alert> retained;
  private final List<Subscriber> subscribers = new ArrayList<>();

  @Inject
  public AlertFeed(ObjectMapper json, GatewayConfig config) {
    this(json, config.alerts().retained());
  }

  AlertFeed(ObjectMapper json, int capacity) {
    this.json = json;
    this.capacity = Math.max(1, capacity);
    this.retained =
        new LinkedHashMap<>() {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Alert> eldest) {
            return size() > capacity;
          }
        };
  }

  @Incoming("alerts")
  public void receive(String payload) {
    Alert alert;
    try {
      alert = json.readValue(payload, Alert.class);
    } catch (JsonProcessingException e) {
      LOG.warnf("Alert record skipped, not readable: %s", e.getOriginalMessage());
      return;
    }
    if (alert.id() == null || alert.id().isBlank()) {
      LOG.warn("Alert record skipped, it has no id");
      return;
    }
    publish(alert);
  }

  /** Retains the alert and hands it to every open stream; a re-delivered alert is ignored. */
  public synchronized void publish(Alert alert) {
    if (retained.containsKey(alert.id())) {
      return;
    }
    retained.put(alert.id(), alert);
    subscribers.removeIf(subscriber -> !subscriber.deliver(alert));
  }

  /**
   * Opens a stream: first what was retained after {@code lastEventId} (everything retained when
   * that id is no longer known), then live alerts. Without a last event id only live alerts.
   */
  public synchronized Runnable subscribe(Optional<String> lastEventId, Subscriber subscriber) {
    lastEventId.ifPresent(
        last -> {
          boolean known = retained.containsKey(last);
          boolean after = !known;
          for (Alert alert : retained.values()) {
            if (after) {
              subscriber.deliver(alert);
            }
            after = after || alert.id().equals(last);
          }
        });
    subscribers.add(subscriber);
    return () -> unsubscribe(subscriber);
  }

  /** Sends a keep-alive to every stream and drops the ones that are gone. */
  public synchronized void keepAlive() {
    subscribers.removeIf(subscriber -> !subscriber.keepAlive());
  }

  public synchronized int openStreams() {
    return subscribers.size();
  }

  public synchronized List<Alert> retained() {
    return List.copyOf(retained.values());
  }

  private synchronized void unsubscribe(Subscriber subscriber) {
    subscribers.remove(subscriber);
  }
}

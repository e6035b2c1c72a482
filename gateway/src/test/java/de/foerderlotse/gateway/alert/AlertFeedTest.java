package de.foerderlotse.gateway.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AlertFeedTest {

  private final AlertFeed feed = new AlertFeed(new ObjectMapper(), 2);

  @Test
  void keepsOnlyTheConfiguredNumberOfLatestAlerts() {
    feed.publish(alert("a"));
    feed.publish(alert("b"));
    feed.publish(alert("c"));

    assertThat(feed.retained()).extracting(Alert::id).containsExactly("b", "c");
  }

  @Test
  void replaysEverythingRetainedWhenTheLastEventIdIsNoLongerKnown() {
    feed.publish(alert("a"));
    feed.publish(alert("b"));
    feed.publish(alert("c"));
    Recorder recorder = new Recorder();

    feed.subscribe(Optional.of("a"), recorder);

    assertThat(recorder.ids).containsExactly("b", "c");
  }

  @Test
  void ignoresARedeliveredAlert() {
    Recorder recorder = new Recorder();
    feed.subscribe(Optional.empty(), recorder);

    feed.publish(alert("a"));
    feed.publish(alert("a"));

    assertThat(recorder.ids).containsExactly("a");
  }

  @Test
  void stopsDeliveringAfterUnsubscribeOrWhenTheStreamIsGone() {
    Recorder leaving = new Recorder();
    Recorder gone = new Recorder();
    gone.open = false;
    Runnable unsubscribe = feed.subscribe(Optional.empty(), leaving);
    feed.subscribe(Optional.empty(), gone);

    unsubscribe.run();
    feed.publish(alert("a"));

    assertThat(leaving.ids).isEmpty();
    assertThat(feed.openStreams()).isZero();
  }

  @Test
  void readsAlertsTolerantly() {
    feed.receive(
        """
        {"id":"x","type":"CONFLICT_RAISED","addressees":{"municipalities":["05358008"]},"new":1}
        """);
    feed.receive("{\"type\":\"NO_ID\"}");

    assertThat(feed.retained())
        .singleElement()
        .satisfies(
            alert -> {
              assertThat(alert.addressedTo("05358008")).isTrue();
              assertThat(alert.addressedTo("05358004")).isFalse();
              assertThat(alert.addressees().county()).isFalse();
              assertThat(alert.subjects()).isEmpty();
            });
  }

  private static Alert alert(String id) {
    return new Alert(id, "DEADLINE_DUE", "INFO", null, null, "Test", id, null);
  }

  private static final class Recorder implements AlertFeed.Subscriber {
    final List<String> ids = new ArrayList<>();
    boolean open = true;

    @Override
    public boolean deliver(Alert alert) {
      if (open) {
        ids.add(alert.id());
      }
      return open;
    }

    @Override
    public boolean keepAlive() {
      return open;
    }
  }
}

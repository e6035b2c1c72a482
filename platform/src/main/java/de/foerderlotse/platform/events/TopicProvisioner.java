package de.foerderlotse.platform.events;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Creates the topics this service publishes to, before anything else could auto-create them with
 * the wrong settings: aggregate topics are compacted so a new consumer can rebuild its read model.
 * A broker that is down at start-up only delays this; the outbox keeps every event meanwhile.
 */
@ApplicationScoped
public class TopicProvisioner {

  private static final Logger LOG = Logger.getLogger(TopicProvisioner.class);

  private final TopicsConfig topics;
  private final String bootstrapServers;

  public TopicProvisioner(
      TopicsConfig topics,
      @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
    this.topics = topics;
    this.bootstrapServers = bootstrapServers;
  }

  void onStart(@Observes StartupEvent event) {
    List<NewTopic> wanted =
        topics.topics().entrySet().stream()
            .map(
                entry ->
                    new NewTopic(entry.getKey(), topics.partitions(), topics.replicationFactor())
                        .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, entry.getValue())))
            .toList();
    if (wanted.isEmpty()) {
      return;
    }
    try (Admin admin =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                10_000))) {
      Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
      List<NewTopic> missing = wanted.stream().filter(t -> !existing.contains(t.name())).toList();
      if (!missing.isEmpty()) {
        admin.createTopics(missing).all().get(10, TimeUnit.SECONDS);
        LOG.infof("Created topics %s", missing.stream().map(NewTopic::name).toList());
      }
    } catch (Exception e) {
      Throwable cause = e;
      while (cause.getCause() != null) {
        cause = cause.getCause();
      }
      LOG.warnf("Could not provision topics %s now: %s", topics.topics().keySet(), cause);
    }
  }
}

package de.foerderlotse.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes manifests in deploy/k8s agree with the code: every topic a service provisions
 * (foerderlotse.kafka.topics.* in its application.properties) is a KafkaTopic with the same cleanup
 * policy and no other topic is declared; every messaging channel's topic is declared; every
 * Deployment has probes, memory limits and a sized JVM, listens on the service's port and takes
 * secrets only by reference.
 */
class KubernetesManifestsTest {

  private static final Path REPO = Path.of("").toAbsolutePath().getParent().getParent();
  private static final Path K8S = REPO.resolve("deploy/k8s/base");
  private static final List<String> SERVICES =
      List.of("funding-service", "project-service", "municipality-service", "gateway");
  private static final Pattern PROVISIONED =
      Pattern.compile("^foerderlotse\\.kafka\\.topics\\.\"([^\"]+)\"$");
  private static final Pattern CHANNEL_TOPIC =
      Pattern.compile(
          "^mp\\.messaging\\.(incoming|outgoing)\\.[^.]+\\.(dead-letter-queue\\.)?topic$");
  private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

  @Test
  void declaredTopicsAreExactlyTheOnesTheServicesProvisionWithTheirCleanupPolicy()
      throws IOException {
    Map<String, String> provisioned = new TreeMap<>();
    for (String service : SERVICES) {
      Properties props = properties(service);
      for (String key : props.stringPropertyNames()) {
        Matcher m = PROVISIONED.matcher(key);
        if (m.matches()) {
          provisioned.put(m.group(1), props.getProperty(key));
        }
      }
    }
    Map<String, String> declared = new TreeMap<>();
    for (JsonNode topic : documents(K8S.resolve("kafka/topics.yaml"))) {
      assertThat(topic.path("kind").asText()).isEqualTo("KafkaTopic");
      declared.put(
          topic.at("/spec/topicName").asText(), topic.at("/spec/config/cleanup.policy").asText());
    }
    assertThat(provisioned).isNotEmpty();
    assertThat(declared).isEqualTo(provisioned);
  }

  @Test
  void everyChannelTopicOutsideTestsIsDeclared() throws IOException {
    List<String> declared = new ArrayList<>();
    for (JsonNode topic : documents(K8S.resolve("kafka/topics.yaml"))) {
      declared.add(topic.at("/spec/topicName").asText());
    }
    for (String service : SERVICES) {
      Properties props = properties(service);
      for (String key : props.stringPropertyNames()) {
        if (CHANNEL_TOPIC.matcher(key).matches()) {
          assertThat(declared).as(service + " " + key).contains(props.getProperty(key));
        }
      }
    }
  }

  @Test
  void everyDeploymentIsProbedSizedOnItsPortAndReferencesSecrets() throws IOException {
    for (String service : SERVICES) {
      Path dir = K8S.resolve("services").resolve(service);
      JsonNode deployment = documents(dir.resolve("deployment.yaml")).get(0);
      JsonNode container = deployment.at("/spec/template/spec/containers/0");
      String port = properties(service).getProperty("quarkus.http.port");
      assertThat(container.at("/ports/0/containerPort").asText()).as(service).isEqualTo(port);
      assertThat(container.at("/readinessProbe/httpGet/path").asText())
          .isEqualTo("/q/health/ready");
      assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
      assertThat(container.at("/resources/limits/memory").asText()).as(service).isNotEmpty();
      String jvm = "";
      for (JsonNode env : container.path("env")) {
        if (env.path("name").asText().toLowerCase().matches(".*(secret|password).*")) {
          assertThat(env.has("value")).as(service + " inlines " + env.path("name")).isFalse();
          assertThat(env.at("/valueFrom/secretKeyRef/name").asText()).isNotEmpty();
        }
        if (env.path("name").asText().equals("JAVA_OPTS_APPEND")) {
          jvm = env.path("value").asText();
        }
      }
      assertThat(jvm).as(service).contains("-Xmx", "-XX:MaxMetaspaceSize");
      JsonNode config = documents(dir.resolve("configmap.yaml")).get(0).path("data");
      config
          .fieldNames()
          .forEachRemaining(
              name ->
                  assertThat(name.toLowerCase()).as(service).doesNotContain("secret", "password"));
      assertThat(config.path("QUARKUS_HTTP_PORT").asText()).isEqualTo(port);
    }
  }

  private Properties properties(String service) throws IOException {
    Properties props = new Properties();
    try (Reader in =
        Files.newBufferedReader(
            REPO.resolve(service).resolve("src/main/resources/application.properties"))) {
      props.load(in);
    }
    // Profile-specific keys (%test., %dev.) are not the deployed configuration.
    props.stringPropertyNames().stream().filter(k -> k.startsWith("%")).forEach(props::remove);
    return props;
  }

  private List<JsonNode> documents(Path file) throws IOException {
    try (var parser = yaml.getFactory().createParser(file.toFile())) {
      List<JsonNode> docs = new ArrayList<>();
      try (Stream<JsonNode> stream = yaml.readValues(parser, JsonNode.class).readAll().stream()) {
        stream.filter(d -> d != null && !d.isEmpty()).forEach(docs::add);
      }
      return docs;
    }
  }
}

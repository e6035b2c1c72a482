package de.foerderlotse.infra;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * A real single-node Kafka broker in KRaft mode (broker and controller in one process), run as a
 * child JVM on the classpath that {@code deploy/kafka-dist} recorded, so its version is independent
 * of the kafka-clients Quarkus brings.
 */
public final class KafkaBroker {

  private static final String CLASSPATH_RESOURCE = "de/foerderlotse/kafka-dist/broker.classpath";
  private static final String STARTED = "Kafka Server started";

  private final ChildProcess process;
  private final int port;

  private KafkaBroker(ChildProcess process, int port) {
    this.process = process;
    this.port = port;
  }

  /**
   * Formats the storage on first use and starts the broker on 127.0.0.1.
   *
   * @param home folder for the configuration, the log segments ({@code data/}) and the log
   */
  public static KafkaBroker start(Path home, int port, int controllerPort, Duration timeout)
      throws IOException {
    Files.createDirectories(home);
    Path config = writeServerProperties(home, port, controllerPort);
    Path log4j = home.resolve("log4j2.properties");
    try (InputStream in = KafkaBroker.class.getResourceAsStream("kafka-log4j2.properties")) {
      Files.write(log4j, in.readAllBytes());
    }
    String classpath = brokerClasspath();
    if (!Files.exists(home.resolve("data/meta.properties"))) {
      format(home, config, classpath, timeout);
    }
    List<String> command = new ArrayList<>(javaCommand(classpath, home, log4j));
    command.addAll(List.of("kafka.Kafka", config.toString()));
    ChildProcess process =
        ChildProcess.start("Kafka", command, Map.of(), home, home.resolve("console.log"));
    Path brokerLog = home.resolve("broker.log");
    long startedBefore = countStarted(brokerLog);
    process.awaitReady(
        () -> countStarted(brokerLog) > startedBefore && Ports.isListening(port), timeout);
    return new KafkaBroker(process, port);
  }

  public String bootstrapServers() {
    return Ports.LOOPBACK + ":" + port;
  }

  public ChildProcess process() {
    return process;
  }

  public void stop() {
    process.stop(Duration.ofSeconds(20));
  }

  private static void format(Path home, Path config, String classpath, Duration timeout)
      throws IOException {
    List<String> command =
        new ArrayList<>(javaCommand(classpath, home, home.resolve("log4j2.properties")));
    command.addAll(
        List.of(
            "kafka.tools.StorageTool",
            "format",
            "--standalone",
            "--ignore-formatted",
            "-t",
            newClusterId(),
            "-c",
            config.toString()));
    Files.writeString(home.resolve("format.log"), ChildProcess.runToCompletion(command, timeout));
  }

  private static List<String> javaCommand(String classpath, Path home, Path log4j) {
    return List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xms128m",
        "-Xmx512m",
        "-XX:+UseG1GC",
        "-Djava.awt.headless=true",
        "-Dkafka.logs.dir=" + home,
        "-Dlog4j2.configurationFile=" + log4j,
        "-cp",
        classpath);
  }

  private static Path writeServerProperties(Path home, int port, int controllerPort)
      throws IOException {
    String listener = "PLAINTEXT://" + Ports.LOOPBACK + ":" + port;
    String controller = "CONTROLLER://" + Ports.LOOPBACK + ":" + controllerPort;
    String properties =
        String.join(
            "\n",
            "# Written by the Förderlotse launcher: single node, broker and controller in one process.",
            "process.roles=broker,controller",
            "node.id=1",
            "controller.quorum.bootstrap.servers=" + Ports.LOOPBACK + ":" + controllerPort,
            "listeners=" + listener + "," + controller,
            "advertised.listeners=" + listener + "," + controller,
            "controller.listener.names=CONTROLLER",
            "inter.broker.listener.name=PLAINTEXT",
            "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
            "log.dirs=" + home.resolve("data"),
            "num.partitions=3",
            "offsets.topic.replication.factor=1",
            "offsets.topic.num.partitions=3",
            "transaction.state.log.replication.factor=1",
            "transaction.state.log.min.isr=1",
            "share.coordinator.state.topic.replication.factor=1",
            "share.coordinator.state.topic.min.isr=1",
            "group.initial.rebalance.delay.ms=0",
            "auto.create.topics.enable=true",
            "log.cleaner.min.cleanable.ratio=0.1",
            "");
    Path config = home.resolve("server.properties");
    Files.writeString(config, properties);
    return config;
  }

  private static String brokerClasspath() throws IOException {
    try (InputStream in =
        KafkaBroker.class.getClassLoader().getResourceAsStream(CLASSPATH_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            CLASSPATH_RESOURCE + " is missing: build deploy/kafka-dist first (./mvnw install)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
    }
  }

  private static long countStarted(Path brokerLog) {
    try {
      return Files.exists(brokerLog)
          ? Files.readAllLines(brokerLog).stream().filter(l -> l.contains(STARTED)).count()
          : 0;
    } catch (IOException e) {
      return 0;
    }
  }

  /**
   * Kafka cluster ids are 16 random bytes, URL-safe Base64 without padding. One starting with "-"
   * would be read by the storage tool as an option, so such ids are drawn again.
   */
  private static String newClusterId() {
    SecureRandom random = new SecureRandom();
    byte[] bytes = new byte[16];
    String id;
    do {
      random.nextBytes(bytes);
      id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    } while (id.startsWith("-"));
    return id;
  }
}

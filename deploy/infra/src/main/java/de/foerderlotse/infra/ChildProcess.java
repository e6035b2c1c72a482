package de.foerderlotse.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** A server started as a detached child process, its output going to a log file. */
public final class ChildProcess {

  private final String name;
  private final long pid;
  private final Path log;

  private ChildProcess(String name, long pid, Path log) {
    this.name = name;
    this.pid = pid;
    this.log = log;
  }

  /** Refers to a process started earlier, for example by a previous {@code up}. */
  public static ChildProcess attach(String name, long pid, Path log) {
    return new ChildProcess(name, pid, log);
  }

  public static ChildProcess start(
      String name, List<String> command, Map<String, String> environment, Path workDir, Path log)
      throws IOException {
    Files.createDirectories(log.getParent());
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    builder.environment().putAll(environment);
    Process process = builder.start();
    return new ChildProcess(name, process.pid(), log);
  }

  public String name() {
    return name;
  }

  public long pid() {
    return pid;
  }

  public Path log() {
    return log;
  }

  public boolean isAlive() {
    return handle().map(ProcessHandle::isAlive).orElse(false);
  }

  /**
   * Waits until {@code ready} holds; fails early with the log's tail when the process dies.
   *
   * @throws IllegalStateException when the process exits or the timeout passes first
   */
  public void awaitReady(BooleanSupplier ready, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (ready.getAsBoolean()) {
        return;
      }
      if (!isAlive()) {
        throw new IllegalStateException(name + " exited during start-up.\n" + tail());
      }
      pause(Duration.ofMillis(250));
    }
    throw new IllegalStateException(
        name + " was not ready after " + timeout.toSeconds() + " s.\n" + tail());
  }

  /** Stops the process and every process it started (Keycloak's launcher forks the server JVM). */
  public void stop(Duration grace) {
    Optional<ProcessHandle> handle = handle();
    if (handle.isEmpty()) {
      return;
    }
    List<ProcessHandle> tree =
        java.util.stream.Stream.concat(
                handle.get().descendants(), java.util.stream.Stream.of(handle.get()))
            .toList();
    tree.forEach(ProcessHandle::destroy);
    for (ProcessHandle process : tree) {
      try {
        process.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
      } catch (Exception timedOut) {
        process.destroyForcibly();
      }
    }
  }

  /** The last lines of the log, to explain a failed start. */
  public String tail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log at " + log + ")";
    }
  }

  private Optional<ProcessHandle> handle() {
    return ProcessHandle.of(pid);
  }

  /**
   * Runs a tool to completion (initdb, pg_ctl, Kafka's storage tool, …).
   *
   * @return what the tool printed
   * @throws IllegalStateException with that output when it fails or outlives the timeout
   */
  static String runToCompletion(List<String> command, Duration timeout) throws IOException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
      }
      return output;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}

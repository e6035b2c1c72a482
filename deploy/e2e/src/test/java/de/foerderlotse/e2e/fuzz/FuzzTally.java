package de.foerderlotse.e2e.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What the fuzzer sent and what came back, per target; thread-safe. */
public final class FuzzTally {

  private static final int SAMPLES = 25;

  private final Map<String, Integer> sentPerTarget = new TreeMap<>();
  private final Map<Integer, Integer> statuses = new TreeMap<>();
  private final Map<String, Integer> kinds = new TreeMap<>();
  private final List<String> serverErrors = new ArrayList<>();
  private final List<String> bareClientErrors = new ArrayList<>();
  private final List<String> bareProtocolErrors = new ArrayList<>();
  private final List<String> unanswered = new ArrayList<>();
  private int serverErrorCount;
  private int clientErrorCount;
  private int problemClientErrorCount;
  private int protocolClientErrorCount;
  private int protocolProblemCount;
  private int protocolUnansweredCount;
  private int unansweredCount;

  synchronized void record(String target, FuzzRequest request, RawHttp.Answer answer) {
    sentPerTarget.merge(target, 1, Integer::sum);
    statuses.merge(answer.status(), 1, Integer::sum);
    kinds.merge(request.kind().replaceAll(":.*", ""), 1, Integer::sum);
    String line =
        target + " " + request.describe() + " -> " + answer.status() + " " + snippet(answer);
    if (answer.status() >= 500) {
      serverErrorCount++;
      sample(serverErrors, line);
    } else if (answer.status() >= 400 && request.breaksProtocol()) {
      protocolClientErrorCount++;
      if (answer.isProblem()) {
        protocolProblemCount++;
      } else {
        sample(bareProtocolErrors, line);
      }
    } else if (answer.status() >= 400) {
      clientErrorCount++;
      if (answer.isProblem()) {
        problemClientErrorCount++;
      } else {
        sample(bareClientErrors, line);
      }
    } else if (answer.status() < 0 && request.breaksProtocol()) {
      protocolUnansweredCount++;
      sample(unanswered, line);
    } else if (answer.status() < 0) {
      unansweredCount++;
      sample(unanswered, line);
    }
  }

  public synchronized int sent() {
    return sentPerTarget.values().stream().mapToInt(Integer::intValue).sum();
  }

  public synchronized int serverErrors() {
    return serverErrorCount;
  }

  public synchronized int clientErrorsWithoutProblem() {
    return clientErrorCount - problemClientErrorCount;
  }

  public synchronized int unanswered() {
    return unansweredCount;
  }

  /** The share of 4xx answers that are problem+json, in percent (HTTP-decoder refusals apart). */
  public synchronized double problemShareOfClientErrors() {
    return share(problemClientErrorCount, clientErrorCount);
  }

  /** 4xx answers to requests the HTTP decoder refuses that are not problem+json. */
  public synchronized int protocolClientErrorsWithoutProblem() {
    return protocolClientErrorCount - protocolProblemCount;
  }

  private static double share(int part, int whole) {
    return whole == 0 ? 100.0 : 100.0 * part / whole;
  }

  /** The figures, and up to 25 examples of each kind of failure. */
  public synchronized String report() {
    StringBuilder out = new StringBuilder();
    out.append("requests sent: ").append(sent()).append(" per target ").append(sentPerTarget);
    out.append("\nrequests per fault class: ").append(kinds);
    out.append("\nstatus histogram (-1 unanswered, -2 timed out): ").append(statuses);
    out.append("\n5xx answers: ").append(serverErrorCount);
    out.append(
        String.format(
            java.util.Locale.ROOT,
            "%n4xx answers: %d, of which problem+json: %d (%.2f %%)",
            clientErrorCount,
            problemClientErrorCount,
            problemShareOfClientErrors()));
    out.append(
        String.format(
            java.util.Locale.ROOT,
            "%n4xx answers to requests the HTTP decoder refuses (broken request line, header,"
                + " framing or %%-escape): %d, of which problem+json: %d (%.2f %%)",
            protocolClientErrorCount,
            protocolProblemCount,
            share(protocolProblemCount, protocolClientErrorCount)));
    out.append("\nunanswered or timed out: ").append(unansweredCount);
    out.append(", requests the HTTP decoder refuses: ").append(protocolUnansweredCount);
    appendSamples(out, "5xx", serverErrors);
    appendSamples(out, "4xx without problem+json", bareClientErrors);
    appendSamples(out, "HTTP-decoder refusals without problem+json", bareProtocolErrors);
    appendSamples(out, "unanswered", unanswered);
    return out.toString();
  }

  private static void appendSamples(StringBuilder out, String title, List<String> samples) {
    if (!samples.isEmpty()) {
      out.append("\nexamples of ").append(title).append(':');
      samples.forEach(s -> out.append("\n  ").append(s));
    }
  }

  private static void sample(List<String> samples, String line) {
    if (samples.size() < SAMPLES) {
      samples.add(line);
    }
  }

  private static String snippet(RawHttp.Answer answer) {
    String body = answer.body() == null ? "" : answer.body().replaceAll("\\s+", " ");
    return (answer.contentType() == null ? "(no type)" : answer.contentType())
        + " "
        + (body.length() > 200 ? body.substring(0, 200) + "…" : body);
  }
}

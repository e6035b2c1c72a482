package de.foerderlotse.platform.outbox;

import org.apache.kafka.common.errors.RetriableException;

/** Tells a broker outage (retry, never park) from a row the broker refuses for good. */
final class SendFailures {

  private static final int MAX_LENGTH = 2000;

  private SendFailures() {}

  /** Timeouts and Kafka's retriable errors: the row itself is fine, the broker is not. */
  static boolean isTransient(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof RetriableException
          || t instanceof java.util.concurrent.TimeoutException
          || t instanceof io.smallrye.mutiny.TimeoutException) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  static String describe(Throwable failure) {
    String text = failure.getClass().getSimpleName() + ": " + failure.getMessage();
    return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
  }
}

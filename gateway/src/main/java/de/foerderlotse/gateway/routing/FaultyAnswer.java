package de.foerderlotse.gateway.routing;

/**
 * A service answered with a server error (5xx): the answer still goes to the client, but the
 * circuit breaker counts it as a fault. Carries the answer past the breaker.
 */
final class FaultyAnswer extends RuntimeException {

  private final transient ServiceProxy.Streamed answer;

  FaultyAnswer(ServiceProxy.Streamed answer) {
    super("upstream answered " + answer.status(), null, false, false);
    this.answer = answer;
  }

  ServiceProxy.Streamed answer() {
    return answer;
  }

  /** 5xx counts as a service fault; 501 (not implemented) is an answer to what was asked. */
  static boolean isFault(int status) {
    return status >= 500 && status != 501;
  }
}

package de.foerderlotse.e2e.fuzz;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The real Keycloak users the fuzzer sends its requests as; tokens are fetched again before they
 * expire. Several users share the load so the gateway's per-user rate limit stays out of the way.
 */
public final class FuzzUsers {

  private static final Duration RENEW_AFTER = Duration.ofMinutes(5);

  private record Token(String value, long fetchedAt) {}

  private final UnaryOperator<String> passwordGrant;
  private final List<String> logins;
  private final Map<String, Token> tokens = new ConcurrentHashMap<>();

  /**
   * @param passwordGrant a fresh access token for a login
   */
  public FuzzUsers(UnaryOperator<String> passwordGrant, List<String> logins) {
    this.passwordGrant = passwordGrant;
    this.logins = List.copyOf(logins);
  }

  List<String> logins() {
    return logins;
  }

  String anyToken(Random random) {
    return token(logins.get(random.nextInt(logins.size())));
  }

  String token(String login) {
    return tokens
        .compute(
            login,
            (name, known) ->
                known != null && System.nanoTime() - known.fetchedAt() < RENEW_AFTER.toNanos()
                    ? known
                    : new Token(passwordGrant.apply(name), System.nanoTime()))
        .value();
  }
}

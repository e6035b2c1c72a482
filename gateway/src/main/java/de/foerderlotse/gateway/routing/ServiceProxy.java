package de.foerderlotse.gateway.routing;

import de.foerderlotse.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Forwards one API request to the owning service with the caller's own token, so every service
 * decides access itself (the gateway never widens a caller's rights). Idempotent requests are
 * retried after a failed connection or a broken answer; a service that keeps failing is cut off by
 * its circuit breaker for a while.
 */
@ApplicationScoped
public class ServiceProxy {

  private static final Logger LOG = Logger.getLogger(ServiceProxy.class);

  /** Request headers worth passing on; hop-by-hop headers stay behind. */
  public static final List<String> FORWARDED_REQUEST_HEADERS =
      List.of(
          "Authorization",
          "Content-Type",
          "Accept",
          "Accept-Language",
          "If-Match",
          "If-None-Match",
          "Last-Event-ID",
          "X-Request-Id");

  /** Idempotent in the sense of RFC 9110 section 9.2.2: sending them twice changes nothing more. */
  static final Set<String> RETRIED_METHODS = Set.of("GET", "HEAD", "OPTIONS", "PUT", "DELETE");

  /** A downstream answer as the gateway passes it back. */
  public record Forwarded(int status, HttpHeaders headers, byte[] body) {}

  private final HttpClient http;
  private final Duration requestTimeout;
  private final GatewayConfig.Retry retry;
  private final GatewayConfig.CircuitBreaker breakerConfig;
  private final Map<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();

  public ServiceProxy(GatewayConfig config) {
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(config.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    this.requestTimeout = config.requestTimeout();
    this.retry = config.retry();
    this.breakerConfig = config.circuitBreaker();
  }

  public Forwarded forward(
      String service,
      String method,
      URI target,
      Map<String, String> headers,
      Optional<byte[]> body) {
    CircuitBreaker breaker = breakerOf(service);
    Optional<Duration> refusal = breaker.refusal();
    if (refusal.isPresent()) {
      throw new UpstreamFailure(
          503,
          "Der zuständige Dienst ist gestört; Anfragen an ihn sind vorübergehend ausgesetzt.",
          null,
          refusal.get());
    }
    HttpRequest request = request(method, target, headers, body);
    int retries = RETRIED_METHODS.contains(method) ? Math.max(0, retry.maxRetries()) : 0;
    for (int attempt = 0; ; attempt++) {
      try {
        Forwarded answer = send(request);
        breaker.succeeded();
        return answer;
      } catch (UpstreamFailure failure) {
        // A timeout is not retried: the service is busy, and a retry would only double the wait.
        if (attempt >= retries || failure.status() == 504) {
          breaker.failed();
          throw failure;
        }
        LOG.debugf(
            "%s %s failed (%s), attempt %d of %d",
            method, target, failure, attempt + 1, retries + 1);
        pause(attempt + 1);
      } catch (RuntimeException unexpected) {
        // Never leave a half-open breaker waiting for a trial call that will not report back.
        breaker.failed();
        throw unexpected;
      }
    }
  }

  private CircuitBreaker breakerOf(String service) {
    return breakers.computeIfAbsent(
        service,
        name ->
            new CircuitBreaker(
                breakerConfig.failureThreshold(), breakerConfig.openDuration(), System::nanoTime));
  }

  private HttpRequest request(
      String method, URI target, Map<String, String> headers, Optional<byte[]> body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(target)
            .timeout(requestTimeout)
            .method(
                method,
                body.map(HttpRequest.BodyPublishers::ofByteArray)
                    .orElse(HttpRequest.BodyPublishers.noBody()));
    headers.forEach(request::header);
    return request.build();
  }

  private Forwarded send(HttpRequest request) {
    try {
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new Forwarded(response.statusCode(), response.headers(), response.body());
    } catch (HttpConnectTimeoutException | ConnectException e) {
      throw new UpstreamFailure(503, "Der zuständige Dienst ist nicht erreichbar.", e);
    } catch (HttpTimeoutException e) {
      throw new UpstreamFailure(504, "Der zuständige Dienst hat nicht rechtzeitig geantwortet.", e);
    } catch (IOException e) {
      throw new UpstreamFailure(502, "Der zuständige Dienst hat fehlerhaft geantwortet.", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UpstreamFailure(503, "Die Anfrage wurde abgebrochen.", e);
    }
  }

  private void pause(int attempt) {
    try {
      Thread.sleep(retry.delay().toMillis() * attempt);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UpstreamFailure(503, "Die Anfrage wurde abgebrochen.", e);
    }
  }
}

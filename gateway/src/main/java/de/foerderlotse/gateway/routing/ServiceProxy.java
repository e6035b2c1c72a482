package de.foerderlotse.gateway.routing;

import de.foerderlotse.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
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

  /** A downstream answer read completely, for the gateway's own use (dashboard, documents). */
  public record Forwarded(int status, HttpHeaders headers, byte[] body) {}

  /**
   * A downstream answer whose body is still arriving: the caller passes it on as it comes and must
   * close it.
   */
  public record Streamed(int status, HttpHeaders headers, InputStream body) {}

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

  /**
   * Sends a request and reads the whole answer; for the gateway's own small JSON requests. A body
   * that breaks off while it is read counts as a broken answer (502).
   */
  public Forwarded exchange(
      String service,
      String method,
      URI target,
      Map<String, String> headers,
      Optional<byte[]> body) {
    Streamed answer =
        forward(
            service,
            method,
            target,
            headers,
            body.map(OutgoingBody::of).orElse(OutgoingBody.none()));
    try (InputStream in = answer.body()) {
      return new Forwarded(answer.status(), answer.headers(), in.readAllBytes());
    } catch (HttpTimeoutException e) {
      throw new UpstreamFailure(504, "Der zuständige Dienst hat nicht rechtzeitig geantwortet.", e);
    } catch (IOException e) {
      throw new UpstreamFailure(502, "Der zuständige Dienst hat fehlerhaft geantwortet.", e);
    }
  }

  /**
   * Sends a request and returns as soon as the answer's status and headers are there; its body is
   * streamed. Only idempotent requests whose body is still in memory are retried: a streamed body
   * has been consumed by the first attempt.
   */
  public Streamed forward(
      String service, String method, URI target, Map<String, String> headers, OutgoingBody body) {
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
    int retries =
        RETRIED_METHODS.contains(method) && body.replayable() ? Math.max(0, retry.maxRetries()) : 0;
    for (int attempt = 0; ; attempt++) {
      try {
        Streamed answer = send(request);
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
      String method, URI target, Map<String, String> headers, OutgoingBody body) {
    // The timeout covers the wait for the answer's status and headers, not a long body's transfer.
    HttpRequest.Builder request =
        HttpRequest.newBuilder(target).timeout(requestTimeout).method(method, body.publisher());
    headers.forEach(request::header);
    return request.build();
  }

  private Streamed send(HttpRequest request) {
    try {
      HttpResponse<InputStream> response =
          http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      return new Streamed(response.statusCode(), response.headers(), response.body());
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

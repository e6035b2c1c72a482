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
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Forwards one API request to the owning service with the caller's own token, so every service
 * decides access itself (the gateway never widens a caller's rights). Idempotent requests are
 * retried after a failed connection or a broken answer; a service that keeps failing (5xx,
 * timeouts, refused connections, never a client's 4xx) is cut off by its circuit breaker for a
 * while.
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

  /** Requests that only read: they get the short read timeout. */
  static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  /** A downstream answer read completely, for the gateway's own use (dashboard, documents). */
  public record Forwarded(int status, HttpHeaders headers, byte[] body) {}

  /**
   * A downstream answer whose body is still arriving: the caller passes it on as it comes and must
   * close it.
   */
  public record Streamed(int status, HttpHeaders headers, InputStream body) {}

  private final HttpClient http;
  private final Duration requestTimeout;
  private final Duration readTimeout;
  private final Map<String, Duration> readTimeouts;
  private final Duration retryAfter;
  private final UpstreamGuards guards;
  private final Map<String, Long> bodyLimits;

  public ServiceProxy(GatewayConfig config) {
    // HTTP/1.1 with the client's connection pool: each request has a connection of its own, so one
    // client's broken request can never reset another's stream on a shared HTTP/2 connection.
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(config.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    this.requestTimeout = config.requestTimeout();
    this.readTimeout = config.readTimeout();
    this.readTimeouts = Map.copyOf(config.readTimeouts());
    // A hung or unreachable service is worth asking again once its breaker would let a call
    // through.
    this.retryAfter = config.circuitBreaker().openDuration();
    this.guards = new UpstreamGuards(config);
    this.bodyLimits =
        config.bodyLimits().entrySet().stream()
            .collect(
                Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> e.getValue().asLongValue()));
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
      throw timedOut(e);
    } catch (IOException e) {
      throw new UpstreamFailure(502, "Der zuständige Dienst hat fehlerhaft geantwortet.", e);
    }
  }

  /**
   * Sends a request and returns as soon as the answer's status and headers are there; its body is
   * streamed. Only idempotent requests whose body is still in memory are retried: a streamed body
   * has been consumed by the first attempt. A body over the service's limit is answered 413 here.
   */
  public Streamed forward(
      String service, String method, URI target, Map<String, String> headers, OutgoingBody body) {
    Long limit = bodyLimits.get(service);
    OutgoingBody checked = body;
    if (limit != null) {
      if (body.knownLength().orElse(0) > limit) {
        throw new PayloadTooLarge(limit);
      }
      checked = body.limitedTo(limit);
    }
    HttpRequest request = request(method, target, headers, checked, timeoutOf(service, method));
    boolean retried = RETRIED_METHODS.contains(method) && checked.replayable();
    try {
      return guards.call(service, retried, () -> answerOrFault(request, limit), Streamed.class);
    } catch (FaultyAnswer faulty) {
      // Counted by the breaker, yet the client gets the service's own answer.
      return faulty.answer();
    }
  }

  private Streamed answerOrFault(HttpRequest request, Long limit) {
    Streamed answer = send(request, limit);
    if (FaultyAnswer.isFault(answer.status())) {
      throw new FaultyAnswer(answer);
    }
    LOG.tracef("%s %s answered %d", request.method(), request.uri(), answer.status());
    return answer;
  }

  /** Reads get the short read timeout, writes the longer request timeout. */
  Duration timeoutOf(String service, String method) {
    if (READ_METHODS.contains(method)) {
      return readTimeouts.getOrDefault(service, readTimeout);
    }
    return requestTimeout;
  }

  private UpstreamFailure timedOut(HttpTimeoutException e) {
    return new UpstreamFailure(
        504,
        "Der zuständige Dienst hat nicht rechtzeitig geantwortet. Bitte in Kürze erneut versuchen.",
        e,
        retryAfter);
  }

  private HttpRequest request(
      String method, URI target, Map<String, String> headers, OutgoingBody body, Duration timeout) {
    // The timeout covers the wait for the answer's status and headers, not a long body's transfer.
    HttpRequest.Builder request =
        HttpRequest.newBuilder(target).timeout(timeout).method(method, body.publisher());
    headers.forEach(request::header);
    return request.build();
  }

  private Streamed send(HttpRequest request, Long limit) {
    try {
      HttpResponse<InputStream> response =
          http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      return new Streamed(response.statusCode(), response.headers(), response.body());
    } catch (HttpConnectTimeoutException | ConnectException e) {
      throw new UpstreamFailure(
          503,
          "Der zuständige Dienst ist nicht erreichbar. Bitte in Kürze erneut versuchen.",
          e,
          retryAfter);
    } catch (HttpTimeoutException e) {
      throw timedOut(e);
    } catch (IOException e) {
      if (limit != null && causedByTooLongBody(e)) {
        throw new PayloadTooLarge(limit);
      }
      throw new UpstreamFailure(502, "Der zuständige Dienst hat fehlerhaft geantwortet.", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UpstreamFailure(503, "Die Anfrage wurde abgebrochen.", e);
    }
  }

  private static boolean causedByTooLongBody(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof LimitedInputStream.TooLong) {
        return true;
      }
    }
    return false;
  }
}

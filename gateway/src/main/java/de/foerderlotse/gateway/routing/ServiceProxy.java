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

/**
 * Forwards one API request to the owning service with the caller's own token, so every service
 * decides access itself (the gateway never widens a caller's rights).
 */
@ApplicationScoped
public class ServiceProxy {

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

  /** A downstream answer as the gateway passes it back. */
  public record Forwarded(int status, HttpHeaders headers, byte[] body) {}

  private final HttpClient http;
  private final Duration requestTimeout;

  public ServiceProxy(GatewayConfig config) {
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(config.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    this.requestTimeout = config.requestTimeout();
  }

  public Forwarded forward(
      String method, URI target, Map<String, String> headers, Optional<byte[]> body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(target)
            .timeout(requestTimeout)
            .method(
                method,
                body.map(HttpRequest.BodyPublishers::ofByteArray)
                    .orElse(HttpRequest.BodyPublishers.noBody()));
    headers.forEach(request::header);
    try {
      HttpResponse<byte[]> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
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
}

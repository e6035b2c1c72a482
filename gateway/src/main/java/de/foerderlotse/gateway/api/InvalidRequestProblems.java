package de.foerderlotse.gateway.api;

import io.netty.handler.codec.TooLongFrameException;
import io.quarkus.vertx.VertxOptionsCustomizer;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.impl.HttpServerConnection;
import io.vertx.core.metrics.MetricsOptions;
import io.vertx.core.spi.VertxMetricsFactory;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Problem details for requests refused before any route sees them: by Vert.x's HTTP decoder (a
 * broken request line or header, a request line or header section over the limit) or by Quarkus'
 * root handler (a target {@link URI} cannot parse, e.g. {@code %ZZ}), both of which answer with an
 * empty body. Quarkus creates its HTTP server without a way to set Vert.x's invalid-request
 * handler; Vert.x reports every request to its metrics SPI before it chooses a handler, so {@link
 * RefusalAwareMetrics} points the connection at {@link #answer} there, and the answer closes it.
 * Wraps (never replaces) the metrics already configured. The gateway's copy of platform's class of
 * the same name (the gateway does not use platform).
 */
@Singleton
public class InvalidRequestProblems implements VertxOptionsCustomizer {

  /** Quarkus' switch for its own URI check; when it is off, so is ours. */
  private static final boolean URI_VALIDATION_DISABLED =
      Boolean.getBoolean("vertx.disableURIValidation");

  @Override
  public void accept(VertxOptions options) {
    MetricsOptions configured = options.getMetricsOptions();
    VertxMetricsFactory inner =
        configured != null && configured.isEnabled() ? configured.getFactory() : null;
    VertxMetricsFactory wrapping =
        vertxOptions ->
            new RefusalAwareMetrics(
                inner == null ? null : inner.metrics(vertxOptions), InvalidRequestProblems::answer);
    options.setMetricsOptions(new MetricsOptions().setEnabled(true).setFactory(wrapping));
  }

  /** Answers a request the decoder refused, then closes the connection as Vert.x would. */
  static void answer(HttpServerRequest request) {
    Throwable cause = request.decoderResult().cause();
    String message = cause == null || cause.getMessage() == null ? "" : cause.getMessage();
    int status = 400;
    String slug = "bad-request";
    String title = "Ungültige Anfrage";
    String detail =
        request.decoderResult().isSuccess()
            ? "Die Adresse der Anfrage ist ungültig (Zeichen oder %-Kodierung)."
            : "Die Anfrage ist kein gültiges HTTP (Anfragezeile, Kopfzeilen oder Kodierung).";
    if (cause instanceof TooLongFrameException && message.startsWith("An HTTP line is larger")) {
      status = 414;
      slug = "uri-too-long";
      title = "Adresse zu lang";
      detail = "Die Anfragezeile ist zu lang.";
    } else if (cause instanceof TooLongFrameException && message.startsWith("HTTP header is")) {
      status = 431;
      slug = "headers-too-large";
      title = "Kopfzeilen zu groß";
      detail = "Die Kopfzeilen der Anfrage sind zu groß.";
    }
    String body =
        "{\"type\":\"urn:foerderlotse:problem:"
            + slug
            + "\",\"title\":\""
            + title
            + "\",\"status\":"
            + status
            + ",\"detail\":\""
            + detail
            + "\"}";
    request
        .response()
        .setStatusCode(status)
        .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
        .putHeader(HttpHeaders.CONNECTION, "close")
        .end(body)
        .onComplete(written -> request.connection().close());
  }

  /**
   * Points a request that will be refused at the handler, before Vert.x chooses one for it. The
   * handler closes the connection, so replacing the connection's request handler ends with it.
   */
  static void redirect(
      io.vertx.core.spi.observability.HttpRequest request,
      io.vertx.core.Handler<HttpServerRequest> handler) {
    if (!(request instanceof HttpServerRequest serverRequest)
        || !(serverRequest.connection() instanceof HttpServerConnection connection)) {
      return;
    }
    if (serverRequest.decoderResult().isFailure()) {
      connection.invalidRequestHandler(handler);
    } else if (!URI_VALIDATION_DISABLED && !parses(serverRequest.uri())) {
      connection.handler(handler);
    }
  }

  /** The same check as Quarkus' root handler, which answers 400 without a body otherwise. */
  private static boolean parses(String target) {
    try {
      new URI(target);
      return true;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}

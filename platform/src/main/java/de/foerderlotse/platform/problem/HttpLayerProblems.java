package de.foerderlotse.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Problem details for what the HTTP layer refuses before JAX-RS sees a request: a body over the
 * size limit (413), a URI that is too long (414), and any 4xx a Vert.x handler failed with. The
 * size checks run as the first route, ahead of Quarkus' own (order -2), which answers without body.
 */
@ApplicationScoped
public class HttpLayerProblems {

  /** Longest request target accepted; Vert.x's own line limit is set higher so this one answers. */
  static final int MAX_URI_LENGTH = 8192;

  private final ObjectMapper json;
  private final Optional<MemorySize> maxBodySize;

  public HttpLayerProblems(
      ObjectMapper json,
      @ConfigProperty(name = "quarkus.http.limits.max-body-size")
          Optional<MemorySize> maxBodySize) {
    this.json = json;
    this.maxBodySize = maxBodySize;
  }

  void install(@Observes Router router) {
    router.route().order(-100).handler(this::checkSize);
    router.route().order(-100).failureHandler(this::failed);
    // Reached only when no resource, static file or endpoint of Quarkus answered the path.
    router
        .route()
        .order(Integer.MAX_VALUE - 10)
        .handler(
            context ->
                answer(context, ProblemKind.NOT_FOUND, 404, "Diesen Pfad gibt es nicht.", false));
  }

  private void checkSize(RoutingContext context) {
    if (context.request().uri().length() > MAX_URI_LENGTH) {
      answer(context, ProblemKind.URI_TOO_LONG, 414, "Die Adresse der Anfrage ist zu lang.", true);
      return;
    }
    String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
    if (length != null
        && maxBodySize.isPresent()
        && length.matches("\\d{1,18}")
        && Long.parseLong(length) > maxBodySize.get().asLongValue()) {
      answer(context, ProblemKind.PAYLOAD_TOO_LARGE, 413, tooLarge(), true);
      return;
    }
    context.next();
  }

  private void failed(RoutingContext context) {
    int status = context.statusCode();
    if (context.response().headWritten() || status < 400 || status >= 500) {
      context.next();
      return;
    }
    String detail = status == 413 ? tooLarge() : ProblemKind.forStatus(status).title() + ".";
    answer(context, ProblemKind.forStatus(status), status, detail, status == 413);
  }

  private String tooLarge() {
    return "Der Inhalt ist zu groß"
        + maxBodySize.map(size -> " (höchstens " + size.asLongValue() / 1024 + " KiB)").orElse("")
        + ".";
  }

  private void answer(
      RoutingContext context, ProblemKind kind, int status, String detail, boolean close) {
    Problem problem =
        new Problem(kind.type(), kind.title(), status, detail, context.normalizedPath(), null);
    String body;
    try {
      body = json.writeValueAsString(problem);
    } catch (JsonProcessingException e) {
      body = "{\"status\":" + status + "}";
    }
    if (close) {
      // The unread body would otherwise be taken for the next request on this connection.
      context.response().putHeader(HttpHeaders.CONNECTION, "close");
    }
    context
        .response()
        .setStatusCode(status)
        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
        .end(body);
  }
}

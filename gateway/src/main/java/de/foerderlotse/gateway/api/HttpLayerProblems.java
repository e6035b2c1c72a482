package de.foerderlotse.gateway.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.foerderlotse.gateway.web.ErrorPage;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Problem details for what the HTTP layer refuses before JAX-RS sees a request: a body over the
 * gateway's size limit (413), a URI that is too long (414), a 4xx a Vert.x handler failed with, and
 * a path nothing answers (404). Runs ahead of Quarkus' own size check (order -2), which has no
 * body.
 */
@ApplicationScoped
public class HttpLayerProblems {

  /** Longest request target accepted; Vert.x's own line limit is set higher so this one answers. */
  static final int MAX_URI_LENGTH = 8192;

  private final ObjectMapper json;
  private final ErrorPage errorPage;
  private final Optional<MemorySize> maxBodySize;

  public HttpLayerProblems(
      ObjectMapper json,
      ErrorPage errorPage,
      @ConfigProperty(name = "quarkus.http.limits.max-body-size")
          Optional<MemorySize> maxBodySize) {
    this.json = json;
    this.errorPage = errorPage;
    this.maxBodySize = maxBodySize;
  }

  void install(@Observes Router router) {
    router.route().order(-100).handler(this::checkSize);
    router.route().order(-100).failureHandler(this::failed);
    router
        .route()
        .order(Integer.MAX_VALUE - 10)
        .handler(
            context -> answer(context, 404, "Nicht gefunden", "Diesen Pfad gibt es nicht.", false));
  }

  /** Nothing answered the path: the German error page under /ui, problem+json elsewhere. */
  private void notFound(RoutingContext context) {
    if (ErrorPage.isDashboard(context.normalizedPath())) {
      context
          .response()
          .setStatusCode(404)
          .putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8")
          .end(errorPage.html(404));
      return;
    }
    answer(context, 404, "Nicht gefunden", "Diesen Pfad gibt es nicht.", false);
  }

  private void checkSize(RoutingContext context) {
    if (context.request().uri().length() > MAX_URI_LENGTH) {
      answer(context, 414, "Adresse zu lang", "Die Adresse der Anfrage ist zu lang.", true);
      return;
    }
    String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
    if (length != null
        && maxBodySize.isPresent()
        && length.matches("\\d{1,18}")
        && Long.parseLong(length) > maxBodySize.get().asLongValue()) {
      answer(context, 413, "Anfrage zu groß", tooLarge(), true);
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
    if (status == 413) {
      answer(context, 413, "Anfrage zu groß", tooLarge(), true);
    } else {
      answer(context, status, "Anfrage nicht möglich", "Die Anfrage wurde abgelehnt.", false);
    }
  }

  private String tooLarge() {
    return "Der Inhalt ist zu groß"
        + maxBodySize.map(size -> " (höchstens " + size.asLongValue() / 1024 + " KiB)").orElse("")
        + ".";
  }

  private void answer(
      RoutingContext context, int status, String title, String detail, boolean close) {
    String slug =
        switch (status) {
          case 404 -> "not-found";
          case 413 -> "payload-too-large";
          case 414 -> "uri-too-long";
          default -> "http-" + status;
        };
    GatewayProblems.Problem problem =
        new GatewayProblems.Problem(
            URI.create("urn:foerderlotse:problem:" + slug),
            title,
            status,
            detail,
            context.normalizedPath());
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
        .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
        .end(body);
  }
}

package de.foerderlotse.gateway.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.foerderlotse.gateway.routing.PayloadTooLarge;
import de.foerderlotse.gateway.routing.UpstreamFailure;
import de.foerderlotse.gateway.web.ErrorPage;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** RFC 9457 problem details for what goes wrong in the gateway itself. */
public class GatewayProblems {

  private static final Logger LOG = Logger.getLogger(GatewayProblems.class);

  /** Problem details body; the same shape the services answer with. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Problem(URI type, String title, int status, String detail, String instance) {}

  @ServerExceptionMapper
  public Response upstream(UpstreamFailure e, UriInfo uri) {
    LOG.warnf("%s %s: %s", uri.getPath(), e.status(), e.getCause());
    String title =
        switch (e.status()) {
          case 503 -> "Dienst vorübergehend nicht verfügbar";
          case 504 -> "Zeitüberschreitung";
          default -> "Fehlerhafte Antwort eines Dienstes";
        };
    Response problem = problem(e.status(), "upstream-" + e.status(), title, e.getMessage(), uri);
    e.retryAfter()
        .map(wait -> Math.max(1, (wait.toMillis() + 999) / 1000))
        .ifPresent(seconds -> problem.getHeaders().putSingle("Retry-After", seconds));
    return problem;
  }

  @ServerExceptionMapper
  public Response tooLarge(PayloadTooLarge e, UriInfo uri) {
    return problem(
        413,
        "payload-too-large",
        "Anfrage zu groß",
        "Der Inhalt ist größer, als der zuständige Dienst annimmt (höchstens "
            + e.limit() / 1024
            + " KiB).",
        uri);
  }

  @ServerExceptionMapper
  public Response tooMany(UserRateLimits.TooManyRequests e, UriInfo uri) {
    Response problem =
        problem(
            429,
            "too-many-requests",
            "Zu viele Anfragen",
            "Sie haben in kurzer Zeit zu viele Anfragen gesendet. Bitte später erneut versuchen.",
            uri);
    problem
        .getHeaders()
        .putSingle("Retry-After", Math.max(1, (e.retryAfter().toMillis() + 999) / 1000));
    return problem;
  }

  @ServerExceptionMapper({
    io.quarkus.security.UnauthorizedException.class,
    io.quarkus.security.AuthenticationFailedException.class
  })
  public Response unauthorized(RuntimeException e, UriInfo uri) {
    return problem(
        401,
        "unauthorized",
        "Anmeldung erforderlich",
        "Bitte mit einem gültigen Token anmelden.",
        uri);
  }

  @ServerExceptionMapper
  public Response forbidden(io.quarkus.security.ForbiddenException e, UriInfo uri) {
    return problem(
        403, "forbidden", "Keine Berechtigung", "Ihre Rolle erlaubt diese Aktion nicht.", uri);
  }

  private final ErrorPage errorPage;

  public GatewayProblems(ErrorPage errorPage) {
    this.errorPage = errorPage;
  }

  @ServerExceptionMapper
  public Response web(WebApplicationException e, UriInfo uri) {
    int status = e.getResponse().getStatus();
    if (ErrorPage.isDashboard(uri.getPath())) {
      return errorPage.render(status);
    }
    return switch (status) {
      case 401 ->
          problem(
              401,
              "unauthorized",
              "Anmeldung erforderlich",
              "Bitte mit einem gültigen Token anmelden.",
              uri);
      case 403 ->
          problem(
              403,
              "forbidden",
              "Keine Berechtigung",
              "Ihre Rolle erlaubt diese Aktion nicht.",
              uri);
      case 404 ->
          problem(404, "not-found", "Nicht gefunden", "Diesen API-Pfad gibt es nicht.", uri);
      default ->
          problem(
              status,
              "http-" + status,
              "Anfrage nicht möglich",
              "Die Anfrage wurde abgelehnt.",
              uri);
    };
  }

  @ServerExceptionMapper
  public Response unexpected(Exception e, UriInfo uri) {
    LOG.error("Unexpected error on " + uri.getPath(), e);
    if (ErrorPage.isDashboard(uri.getPath())) {
      return errorPage.render(500);
    }
    return problem(
        500, "internal", "Interner Fehler", "Ein unerwarteter Fehler ist aufgetreten.", uri);
  }

  private static Response problem(
      int status, String slug, String title, String detail, UriInfo uri) {
    return Response.status(status)
        .type("application/problem+json")
        .entity(
            new Problem(
                URI.create("urn:foerderlotse:problem:" + slug),
                title,
                status,
                detail,
                uri.getPath()))
        .build();
  }
}

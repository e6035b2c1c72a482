package de.foerderlotse.platform.problem;

import de.foerderlotse.platform.events.TransientFailures;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Faults a client can wait out: the database is away or busy (503), or a read model has not caught
 * up yet (409). Both carry {@code Retry-After}, so clients can tell them from real errors.
 */
public class UnavailableMappers {

  private static final Logger LOG = Logger.getLogger(UnavailableMappers.class);

  /** Seconds a client should wait after a database outage before trying again. */
  static final int OUTAGE_RETRY_AFTER_SECONDS = 5;

  @ServerExceptionMapper
  public Response notYetKnown(NotYetKnownException e, UriInfo uri) {
    return respond(
        Problem.of(ProblemKind.CONFLICT, e.getMessage()),
        NotYetKnownException.RETRY_AFTER_SECONDS,
        uri);
  }

  @ServerExceptionMapper({
    PersistenceException.class,
    TransactionalException.class,
    QuarkusTransactionException.class,
    SQLException.class
  })
  public Response storage(Exception e, UriInfo uri) {
    if (isOutage(e)) {
      LOG.warnf("Database unavailable on %s: %s", uri.getPath(), e.getMessage());
      return respond(
          Problem.of(
              ProblemKind.UNAVAILABLE,
              "Die Datenbank ist gerade nicht erreichbar oder ausgelastet. Bitte in einigen"
                  + " Sekunden erneut versuchen."),
          OUTAGE_RETRY_AFTER_SECONDS,
          uri);
    }
    LOG.error("Unexpected error on " + uri.getPath(), e);
    return respond(
        Problem.of(
            ProblemKind.INTERNAL,
            "Ein unerwarteter Fehler ist aufgetreten. Er wurde protokolliert."),
        0,
        uri);
  }

  /** Transient by SQLState or type, or the connection pool could not hand out a connection. */
  public static boolean isOutage(Throwable failure) {
    if (TransientFailures.isTransient(failure)) {
      return true;
    }
    for (Throwable t = failure; t != null; t = t.getCause()) {
      String message = t.getMessage();
      if (message != null
          && (message.contains("Acquisition timeout")
              || message.contains("Unable to acquire JDBC Connection")
              || message.contains("Connection refused"))) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  private static Response respond(Problem problem, int retryAfterSeconds, UriInfo uri) {
    Problem withInstance =
        new Problem(
            problem.type(),
            problem.title(),
            problem.status(),
            problem.detail(),
            uri.getPath(),
            problem.errors());
    Response.ResponseBuilder response =
        Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(withInstance);
    if (retryAfterSeconds > 0) {
      response.header("Retry-After", retryAfterSeconds);
    }
    return response.build();
  }
}

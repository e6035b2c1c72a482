package de.foerderlotse.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import de.foerderlotse.platform.input.InvalidParameter;
import de.foerderlotse.platform.input.JsonPaths;
import de.foerderlotse.platform.input.RejectedInput;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every exception that reaches the REST layer into RFC 9457 problem details. */
public class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  @ServerExceptionMapper
  public Response domain(DomainException e, UriInfo uri) {
    return respond(Problem.of(e.kind(), e.getMessage()), uri);
  }

  @ServerExceptionMapper
  public Response validation(ConstraintViolationException e, UriInfo uri) {
    List<Problem.FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new Problem.FieldError(fieldPath(v), v.getMessage()))
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .toList();
    ProblemKind kind = ProblemKind.VALIDATION;
    return respond(
        new Problem(
            kind.type(),
            kind.title(),
            kind.status(),
            "Die Anfrage enthält ungültige Felder.",
            null,
            errors),
        uri);
  }

  @ServerExceptionMapper({OptimisticLockException.class, StaleObjectStateException.class})
  public Response staleVersion(RuntimeException e, UriInfo uri) {
    return respond(
        Problem.of(
            ProblemKind.CONFLICT,
            "Der Datensatz wurde inzwischen geändert. Bitte neu laden und die Änderung erneut"
                + " anwenden."),
        uri);
  }

  /** Wrong type, unknown enum value or refused value in the body: names the field. */
  @ServerExceptionMapper
  public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
    String field =
        e.getPath().stream()
            .map(
                ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
            .collect(Collectors.joining("."))
            .replace(".[", "[");
    String message =
        e instanceof RejectedInput rejected ? rejected.reason() : "hat ein ungültiges Format";
    return invalidFields(uri, new Problem.FieldError(field.isEmpty() ? "(body)" : field, message));
  }

  /** Syntax errors and duplicate keys: a duplicate key is named with its path in the body. */
  @ServerExceptionMapper
  public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
    Optional<String> duplicate = JsonPaths.duplicateKey(e);
    if (duplicate.isPresent()) {
      return invalidFields(
          uri, new Problem.FieldError(duplicate.get(), "kommt im Inhalt mehrfach vor"));
    }
    return respond(
        Problem.of(ProblemKind.BAD_REQUEST, "Der Inhalt ist kein gültiges JSON dieses Formats."),
        uri);
  }

  /** A parameter that could not be converted, named with the reason. */
  @ServerExceptionMapper
  public Response invalidParameter(InvalidParameter e, UriInfo uri) {
    return invalidFields(uri, new Problem.FieldError(e.name(), e.reason()));
  }

  private static Response invalidFields(UriInfo uri, Problem.FieldError... errors) {
    ProblemKind kind = ProblemKind.VALIDATION;
    return respond(
        new Problem(
            kind.type(),
            kind.title(),
            kind.status(),
            "Die Anfrage enthält ungültige Felder.",
            null,
            List.of(errors)),
        uri);
  }

  @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
  public Response unauthorized(RuntimeException e, UriInfo uri) {
    return respond(
        Problem.of(ProblemKind.UNAUTHORIZED, "Bitte mit einem gültigen Token anmelden."), uri);
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e, UriInfo uri) {
    return respond(
        Problem.of(ProblemKind.FORBIDDEN, "Ihre Rolle erlaubt diese Aktion nicht."), uri);
  }

  @ServerExceptionMapper
  public Response web(WebApplicationException e, UriInfo uri) {
    int status = e.getResponse().getStatus();
    // The JSON reader wraps what Jackson refused; answer it as if Jackson's error arrived here.
    if (e.getCause() instanceof MismatchedInputException mismatched) {
      return mismatchedJson(mismatched, uri);
    }
    if (e.getCause() instanceof JsonProcessingException unreadable) {
      return unreadableJson(unreadable, uri);
    }
    ProblemKind kind = ProblemKind.forStatus(status);
    Problem problem =
        new Problem(kind.type(), kind.title(), status, kind.title() + ".", null, null);
    return respond(problem, uri);
  }

  @ServerExceptionMapper
  public Response unexpected(Exception e, UriInfo uri) {
    LOG.error("Unexpected error on " + uri.getPath(), e);
    return respond(
        Problem.of(
            ProblemKind.INTERNAL,
            "Ein unerwarteter Fehler ist aufgetreten. Er wurde protokolliert."),
        uri);
  }

  private static Response respond(Problem problem, UriInfo uri) {
    Problem withInstance =
        new Problem(
            problem.type(),
            problem.title(),
            problem.status(),
            problem.detail(),
            uri.getPath(),
            problem.errors());
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(withInstance).build();
  }

  /**
   * The field as the user sent it: "register.request.title" (a body field) becomes "title",
   * "list.size" (a query parameter) becomes "size"; method and parameter names mean nothing to
   * users.
   */
  private static String fieldPath(ConstraintViolation<?> violation) {
    String[] parts = violation.getPropertyPath().toString().split("\\.");
    int skip = parts.length > 2 ? 2 : Math.min(1, parts.length - 1);
    return String.join(".", List.of(parts).subList(skip, parts.length));
  }
}

package de.foerderlotse.municipality.api;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import de.foerderlotse.platform.problem.Problem;
import de.foerderlotse.platform.problem.ProblemKind;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A value of the wrong type (an unknown category, a date that is no date) becomes a field error.
 * Without this, the JSON extension's own mapper for this exception would answer with a body that is
 * not problem details.
 */
public class JsonInputMapper {

  @ServerExceptionMapper
  public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
    String field =
        e.getPath().stream()
            .map(JsonInputMapper::segment)
            .collect(Collectors.joining("."))
            .replace(".[", "[");
    ProblemKind kind = ProblemKind.VALIDATION;
    Problem problem =
        new Problem(
            kind.type(),
            kind.title(),
            kind.status(),
            "Die Anfrage enthält ungültige Felder.",
            uri.getPath(),
            List.of(
                new Problem.FieldError(
                    field.isEmpty() ? "$" : field,
                    "hat ein ungültiges Format oder einen unbekannten Wert")));
    return Response.status(kind.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }

  private static String segment(JsonMappingException.Reference reference) {
    return reference.getFieldName() != null
        ? reference.getFieldName()
        : "[" + reference.getIndex() + "]";
  }
}

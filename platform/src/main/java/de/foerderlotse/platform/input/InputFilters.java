package de.foerderlotse.platform.input;

import de.foerderlotse.platform.problem.Problem;
import de.foerderlotse.platform.problem.ProblemKind;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Refuses NUL characters in the path and in query parameters before any resource sees them. */
public class InputFilters {

  @ServerRequestFilter(preMatching = true)
  public Response refuseNul(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath(true);
    if (InputRules.hasNul(path)) {
      return badRequest("Der Pfad darf keine Steuerzeichen (NUL) enthalten.", List.of(), request);
    }
    MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters(true);
    List<Problem.FieldError> errors =
        query.entrySet().stream()
            .filter(
                entry ->
                    InputRules.hasNul(entry.getKey())
                        || entry.getValue().stream().anyMatch(InputRules::hasNul))
            .map(Map.Entry::getKey)
            .map(name -> new Problem.FieldError(name.replace('\u0000', '?'), InputRules.NUL_REASON))
            .toList();
    return errors.isEmpty()
        ? null
        : badRequest("Die Anfrage enthält ungültige Parameter.", errors, request);
  }

  private static Response badRequest(
      String detail, List<Problem.FieldError> errors, ContainerRequestContext request) {
    ProblemKind kind = ProblemKind.VALIDATION;
    Problem problem =
        new Problem(
            kind.type(),
            kind.title(),
            kind.status(),
            detail,
            request.getUriInfo().getRequestUri().getRawPath(),
            errors.isEmpty() ? null : errors);
    return Response.status(kind.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }
}

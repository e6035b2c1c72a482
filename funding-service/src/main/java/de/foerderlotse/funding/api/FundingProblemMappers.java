package de.foerderlotse.funding.api;

import de.foerderlotse.platform.problem.Problem;
import de.foerderlotse.platform.problem.ProblemKind;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Problems only this service reports, in the same RFC 9457 shape as the platform's. */
public class FundingProblemMappers {

  @ServerExceptionMapper
  public Response badParameter(BadParameterException e, UriInfo uri) {
    return respond(
        new Problem(
            ProblemKind.VALIDATION.type(),
            ProblemKind.VALIDATION.title(),
            ProblemKind.VALIDATION.status(),
            "Die Anfrage enthält ungültige Felder.",
            uri.getPath(),
            List.of(new Problem.FieldError(e.field(), e.getMessage()))));
  }

  private static Response respond(Problem problem) {
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }
}

package de.foerderlotse.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;

/**
 * RFC 9457 problem details, the body of every error response. Never carries a stack trace or a
 * class name.
 *
 * @param errors field errors of a validation problem, otherwise absent
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
    URI type, String title, int status, String detail, String instance, List<FieldError> errors) {

  /** Media type of every error body. */
  public static final String MEDIA_TYPE = "application/problem+json";

  /** One invalid field: its path in the request and what is wrong with it (German). */
  public record FieldError(String field, String message) {}

  public static Problem of(ProblemKind kind, String detail) {
    return new Problem(kind.type(), kind.title(), kind.status(), detail, null, null);
  }
}

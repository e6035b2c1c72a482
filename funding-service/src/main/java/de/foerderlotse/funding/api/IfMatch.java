package de.foerderlotse.funding.api;

import de.foerderlotse.funding.domain.Programme;
import de.foerderlotse.platform.problem.DomainException;
import de.foerderlotse.platform.problem.ProblemKind;
import jakarta.ws.rs.core.EntityTag;

/**
 * Optimistic locking over HTTP: every change must name the version it was based on in {@code
 * If-Match} (the ETag of the last read). A missing header is answered with 428, a stale one with
 * 409.
 */
final class IfMatch {

  static final String HEADER = "If-Match";

  private IfMatch() {}

  static long version(String header) {
    if (header == null || header.isBlank()) {
      throw new PreconditionRequiredException();
    }
    String tag = header.trim();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    tag = tag.replace("\"", "");
    try {
      return Long.parseLong(tag);
    } catch (NumberFormatException e) {
      throw new DomainException(
          ProblemKind.BAD_REQUEST,
          "If-Match muss das ETag des zuletzt gelesenen Stands enthalten, z. B. \"3\".");
    }
  }

  static EntityTag etag(Programme programme) {
    return new EntityTag(Long.toString(programme.version));
  }

  /** The request did not say which version it changes. */
  static class PreconditionRequiredException extends RuntimeException {
    PreconditionRequiredException() {
      super("If-Match fehlt", null, false, false);
    }
  }
}

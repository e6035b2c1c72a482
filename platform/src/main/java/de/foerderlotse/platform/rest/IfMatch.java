package de.foerderlotse.platform.rest;

import de.foerderlotse.platform.problem.DomainException;
import de.foerderlotse.platform.problem.ProblemKind;
import jakarta.ws.rs.core.EntityTag;

/**
 * Optimistic locking over HTTP, the same in every service. The ETag of a resource is its version,
 * quoted ({@code "3"}); a change names the version it was based on in {@code If-Match}, or in a
 * body field {@code version} where the request has one. Missing where required: 428. Not a version:
 * 400. Stale: 412 ({@link DomainException#staleVersion}, thrown where the version is compared). A
 * concurrent write that lands between that check and the commit is 409.
 */
public final class IfMatch {

  public static final String HEADER = "If-Match";

  private IfMatch() {}

  public static EntityTag etag(long version) {
    return new EntityTag(Long.toString(version));
  }

  /** The version a change is based on; 428 when neither the header nor the body names one. */
  public static long required(String header, Long bodyVersion) {
    Long version = optional(header, bodyVersion);
    if (version == null) {
      throw new DomainException(
          ProblemKind.PRECONDITION_REQUIRED,
          "Änderungen brauchen den Kopf If-Match mit dem ETag des zuletzt gelesenen Stands"
              + " (oder das Feld version).");
    }
    return version;
  }

  /** The version a command names, if it names one: header first, else the body's. */
  public static Long optional(String header, Long bodyVersion) {
    if (header == null || header.isBlank()) {
      return bodyVersion;
    }
    String tag = header.trim();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    try {
      return Long.valueOf(tag.replace("\"", ""));
    } catch (NumberFormatException e) {
      throw new DomainException(
          ProblemKind.BAD_REQUEST,
          "If-Match muss das ETag des zuletzt gelesenen Stands enthalten, z. B. \"3\".");
    }
  }
}

package de.foerderlotse.municipality.api;

import de.foerderlotse.platform.problem.DomainException;
import de.foerderlotse.platform.problem.ProblemKind;
import jakarta.ws.rs.core.EntityTag;

/** Entity tags are the aggregate version, quoted: {@code "3"}. */
final class IfMatch {

  private IfMatch() {}

  static EntityTag etag(long version) {
    return new EntityTag(Long.toString(version));
  }

  /**
   * The version the client edited: from {@code If-Match}, else from the body.
   *
   * @return {@code null} when neither names one
   */
  static Long version(String ifMatch, Long bodyVersion) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return bodyVersion;
    }
    String tag = ifMatch.trim();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    tag = tag.replace("\"", "");
    try {
      return Long.valueOf(tag);
    } catch (NumberFormatException e) {
      throw new DomainException(
          ProblemKind.BAD_REQUEST, "Der If-Match-Header muss die Version als ETag enthalten.");
    }
  }

  static long required(String ifMatch, Long bodyVersion) {
    Long version = version(ifMatch, bodyVersion);
    if (version == null) {
      throw new DomainException(
          ProblemKind.VALIDATION,
          "Bitte die bearbeitete Version angeben (If-Match-Header oder Feld version).");
    }
    return version;
  }
}

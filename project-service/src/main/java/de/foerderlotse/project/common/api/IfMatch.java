package de.foerderlotse.project.common.api;

import de.foerderlotse.platform.problem.DomainException;
import de.foerderlotse.platform.problem.ProblemKind;
import jakarta.ws.rs.core.EntityTag;

/** Entity tags are the aggregate version, quoted: {@code "3"}. */
public final class IfMatch {

  private IfMatch() {}

  public static EntityTag etag(long version) {
    return new EntityTag(Long.toString(version));
  }

  /** The version the client edited: from {@code If-Match}, else from the body; required. */
  public static long required(String ifMatch, Long bodyVersion) {
    if (ifMatch == null || ifMatch.isBlank()) {
      if (bodyVersion == null) {
        throw new DomainException(
            ProblemKind.VALIDATION,
            "Bitte die bearbeitete Version angeben (If-Match-Header oder Feld version).");
      }
      return bodyVersion;
    }
    String tag = ifMatch.trim();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    try {
      return Long.parseLong(tag.replace("\"", ""));
    } catch (NumberFormatException e) {
      throw new DomainException(
          ProblemKind.BAD_REQUEST, "Der If-Match-Header muss die Version als ETag enthalten.");
    }
  }
}

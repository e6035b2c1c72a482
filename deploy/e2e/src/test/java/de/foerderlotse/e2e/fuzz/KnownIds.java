package de.foerderlotse.e2e.fuzz;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Real ids of the targeted tenant (and the shared programme), so that some malformed requests reach
 * the checks behind an existing resource rather than stop at 404.
 *
 * @param bySegment the collection a path segment names (e.g. {@code projects}) to an id in it
 * @param ags the targeted municipality's key
 */
public record KnownIds(Map<String, String> bySegment, String ags) {

  /** The id for a path placeholder that follows the given collection segment. */
  Optional<String> forSegment(String segment) {
    if (segment.equals("municipalities")) {
      return Optional.of(ags);
    }
    return Optional.ofNullable(bySegment.get(segment));
  }

  /** The id for a body field such as {@code projectId} or {@code callId}. */
  Optional<String> forName(String field) {
    String lower = field.toLowerCase(Locale.ROOT);
    if (lower.endsWith("id") && lower.length() > 2) {
      return forSegment(lower.substring(0, lower.length() - 2) + "s");
    }
    return Optional.empty();
  }
}

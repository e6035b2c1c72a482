package de.foerderlotse.platform.input;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The path of a place in a JSON body as users read it: "costItems[0].label". */
public final class JsonPaths {

  private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

  private JsonPaths() {}

  /**
   * The path of the key that occurs twice, when the parser refused the body for a duplicate key
   * (possibly wrapped by the databind layer).
   */
  public static Optional<String> duplicateKey(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (cause instanceof StreamReadException read
          && String.valueOf(read.getOriginalMessage()).startsWith("Duplicate field")) {
        if (read.getProcessor() != null) {
          return Optional.of(of(read.getProcessor().getParsingContext()));
        }
        Matcher name = QUOTED.matcher(read.getOriginalMessage());
        return Optional.of(name.find() ? name.group(1) : "(body)");
      }
    }
    return Optional.empty();
  }

  public static String of(JsonStreamContext context) {
    Deque<String> parts = new ArrayDeque<>();
    for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
      if (at.inArray()) {
        parts.push("[" + Math.max(at.getCurrentIndex(), 0) + "]");
      } else if (at.getCurrentName() != null) {
        parts.push("." + at.getCurrentName());
      }
    }
    String path = String.join("", parts).replace(".[", "[");
    path = path.startsWith(".") ? path.substring(1) : path;
    return path.isEmpty() ? "(body)" : path;
  }
}

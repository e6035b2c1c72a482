package de.foerderlotse.gateway.api;

import jakarta.ws.rs.BadRequestException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;

/** Turns the raw path of a client's request into the path sent to the service, still encoded. */
final class UpstreamPaths {

  private static final String KEPT = "-._~!$&'()*+,;=:@/";

  private UpstreamPaths() {}

  /**
   * The path from {@code /api/} on, percent-encodings kept as they are and any character a URI may
   * not hold encoded; dot segments are refused, so a path can never climb out of {@code /api}.
   */
  static String apiPath(String rawPath) {
    int start = rawPath.indexOf("/api/");
    if (start < 0) {
      throw new BadRequestException("path outside /api");
    }
    String path = rawPath.substring(start);
    for (String segment : path.split("/", -1)) {
      String plain = segment.toLowerCase(Locale.ROOT).replace("%2e", ".");
      if (plain.equals(".") || plain.equals("..")) {
        throw new BadRequestException("dot segment");
      }
    }
    return encodeIllegal(path);
  }

  private static String encodeIllegal(String path) {
    StringBuilder out = new StringBuilder(path.length());
    for (int i = 0; i < path.length(); i += Character.charCount(path.codePointAt(i))) {
      int c = path.codePointAt(i);
      if (c == '%'
          && i + 2 < path.length()
          && isHex(path.charAt(i + 1))
          && isHex(path.charAt(i + 2))) {
        out.append('%');
      } else if (c < 128 && (Character.isLetterOrDigit(c) || KEPT.indexOf(c) >= 0)) {
        out.append((char) c);
      } else {
        for (byte b : Character.toString(c).getBytes(StandardCharsets.UTF_8)) {
          out.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
        }
      }
    }
    return out.toString();
  }

  private static boolean isHex(char c) {
    return Character.digit(c, 16) >= 0;
  }
}

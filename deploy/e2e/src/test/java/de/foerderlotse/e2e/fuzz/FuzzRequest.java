package de.foerderlotse.e2e.fuzz;

import java.util.List;

/**
 * One malformed request, ready to send.
 *
 * @param kind what is malformed, e.g. {@code body:duplicate-key}, for the report
 * @param target path and query exactly as they go on the wire (already percent-encoded)
 * @param headers name/value pairs besides Authorization
 * @param body request body, or null for none
 */
record FuzzRequest(
    String kind,
    String method,
    String target,
    List<String[]> headers,
    byte[] body,
    boolean authenticated) {

  /** Broken below the API (request line, headers, framing, escapes): Vert.x's decoder answers. */
  boolean breaksProtocol() {
    return kind.startsWith("protocol:");
  }

  String describe() {
    String shown = target.length() > 160 ? target.substring(0, 160) + "…" : target;
    return kind + " " + method + " " + shown;
  }
}

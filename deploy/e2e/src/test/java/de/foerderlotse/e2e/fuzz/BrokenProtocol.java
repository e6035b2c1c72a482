package de.foerderlotse.e2e.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Requests broken below the API: request lines, headers and framing that the HTTP layer must refuse
 * (with problem+json like every other refusal) before any resource sees them.
 */
final class BrokenProtocol {

  /** A named way to break a request, given the host header value and a bearer token. */
  private record Breakage(String kind, Function<String[], String> request) {}

  private static final List<Breakage> BREAKAGES =
      List.of(
          new Breakage("line:spaces", a -> "GET /a b c HTTP/1.1\r\n" + head(a) + "\r\n"),
          new Breakage("line:version", a -> "GET /api/projects HTTP/9.9\r\n" + head(a) + "\r\n"),
          new Breakage("line:no-version", a -> "GET /api/projects\r\n" + head(a) + "\r\n"),
          new Breakage("line:empty-target", a -> "GET  HTTP/1.1\r\n" + head(a) + "\r\n"),
          new Breakage("line:asterisk", a -> "GET * HTTP/1.1\r\n" + head(a) + "\r\n"),
          new Breakage("line:raw-percent", a -> "GET /api/%%%ZZ HTTP/1.1\r\n" + head(a) + "\r\n"),
          new Breakage(
              "line:absolute-bad",
              a -> "GET http://[::1/api/projects HTTP/1.1\r\n" + head(a) + "\r\n"),
          new Breakage(
              "line:method-nul", a -> "G\u0000T /api/projects HTTP/1.1\r\n" + head(a) + "\r\n"),
          new Breakage(
              "line:too-long",
              a ->
                  "GET /api/projects?q=" + "x".repeat(70_000) + " HTTP/1.1\r\n" + head(a) + "\r\n"),
          new Breakage(
              "header:too-large",
              a ->
                  "GET /api/projects HTTP/1.1\r\n"
                      + head(a)
                      + "X-Big: "
                      + "y".repeat(40_000)
                      + "\r\n\r\n"),
          new Breakage(
              "header:control-character",
              a -> "GET /api/projects HTTP/1.1\r\n" + head(a) + "If-Match: \"x\u0001\"\r\n\r\n"),
          new Breakage(
              "header:no-colon",
              a -> "GET /api/projects HTTP/1.1\r\n" + head(a) + "Broken\r\n\r\n"),
          new Breakage(
              "header:bad-host",
              a ->
                  "GET /api/projects HTTP/1.1\r\nHost: evil.example%3F\r\n"
                      + "Authorization: Bearer "
                      + a[1]
                      + "\r\nConnection: close\r\n\r\n"),
          new Breakage(
              "framing:bad-length",
              a -> "POST /api/projects HTTP/1.1\r\n" + head(a) + "Content-Length: abc\r\n\r\n{}"),
          new Breakage(
              "framing:negative-length",
              a -> "POST /api/projects HTTP/1.1\r\n" + head(a) + "Content-Length: -5\r\n\r\n{}"),
          new Breakage(
              "framing:bad-chunk",
              a ->
                  "POST /api/projects HTTP/1.1\r\n"
                      + head(a)
                      + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n"),
          new Breakage(
              "framing:length-and-chunked",
              a ->
                  "POST /api/projects HTTP/1.1\r\n"
                      + head(a)
                      + "Content-Type: application/json\r\nContent-Length: 2\r\n"
                      + "Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n"));

  private BrokenProtocol() {}

  static int size() {
    return BREAKAGES.size();
  }

  /** A broken request, and garbage bytes now and then. */
  static FuzzRequest next(Random random, String host, String token) {
    if (random.nextInt(BREAKAGES.size() + 1) == 0) {
      byte[] garbage = new byte[1 + random.nextInt(300)];
      random.nextBytes(garbage);
      byte[] framed = new byte[garbage.length + 4];
      System.arraycopy(garbage, 0, framed, 0, garbage.length);
      System.arraycopy(
          "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0, framed, garbage.length, 4);
      return new FuzzRequest("protocol:garbage", "RAW", "(bytes)", List.of(), framed, true);
    }
    Breakage breakage = BREAKAGES.get(random.nextInt(BREAKAGES.size()));
    String text = breakage.request().apply(new String[] {host, token});
    return new FuzzRequest(
        "protocol:" + breakage.kind(),
        "RAW",
        text.substring(
            0, Math.min(60, text.indexOf('\r') < 0 ? text.length() : text.indexOf('\r'))),
        List.of(),
        text.getBytes(StandardCharsets.UTF_8),
        true);
  }

  private static String head(String[] hostAndToken) {
    return "Host: "
        + hostAndToken[0]
        + "\r\nAuthorization: Bearer "
        + hostAndToken[1]
        + "\r\nConnection: close\r\n";
  }
}

package de.foerderlotse.e2e.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * HTTP/1.1 over a plain socket, one connection per request: the fuzzer must put bytes on the wire
 * that no well-behaved client library would send (broken request lines, raw {@code %ZZ}, bodies
 * that contradict their headers).
 */
final class RawHttp {

  /** The status line and content type of an answer; status -1: closed unanswered, -2: timeout. */
  record Answer(int status, String contentType, String body) {

    static final int UNANSWERED = -1;
    static final int TIMED_OUT = -2;

    boolean isProblem() {
      return contentType != null
          && contentType.toLowerCase(Locale.ROOT).startsWith("application/problem+json");
    }
  }

  private static final int MAX_ANSWER = 256 * 1024;

  private final String host;
  private final int port;
  private final Duration timeout;

  RawHttp(String baseUrl, Duration timeout) {
    java.net.URI uri = java.net.URI.create(baseUrl);
    this.host = uri.getHost();
    this.port = uri.getPort();
    this.timeout = timeout;
  }

  /** A well-framed request (Content-Length from the body) with any target and headers. */
  byte[] frame(String method, String target, List<String[]> headers, byte[] body) {
    StringBuilder head = new StringBuilder();
    head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
    head.append("Host: ").append(host).append(':').append(port).append("\r\n");
    head.append("Connection: close\r\n");
    for (String[] header : headers) {
      head.append(header[0]).append(": ").append(header[1]).append("\r\n");
    }
    if (body != null) {
      head.append("Content-Length: ").append(body.length).append("\r\n");
    }
    head.append("\r\n");
    byte[] headBytes = head.toString().getBytes(StandardCharsets.UTF_8);
    if (body == null) {
      return headBytes;
    }
    byte[] all = new byte[headBytes.length + body.length];
    System.arraycopy(headBytes, 0, all, 0, headBytes.length);
    System.arraycopy(body, 0, all, headBytes.length, body.length);
    return all;
  }

  Answer exchange(byte[] request) {
    try (Socket socket = new Socket(host, port)) {
      socket.setSoTimeout((int) timeout.toMillis());
      try {
        OutputStream out = socket.getOutputStream();
        out.write(request);
        out.flush();
      } catch (IOException refusedMidway) {
        // A server may answer (413, 400) and close before it has read everything: read that.
      }
      return parse(readAll(socket.getInputStream()));
    } catch (SocketTimeoutException e) {
      return new Answer(Answer.TIMED_OUT, null, "");
    } catch (IOException e) {
      return new Answer(Answer.UNANSWERED, null, e.getClass().getSimpleName());
    }
  }

  /** Reads one answer: up to its Content-Length, its last chunk, or the end of the stream. */
  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream answer = new ByteArrayOutputStream();
    byte[] buffer = new byte[16 * 1024];
    int read;
    try {
      while (!complete(answer) && (read = in.read(buffer)) != -1) {
        answer.write(buffer, 0, read);
      }
    } catch (IOException reset) {
      if (answer.size() == 0) {
        throw reset;
      }
    }
    return answer.toByteArray();
  }

  private static boolean complete(ByteArrayOutputStream answer) {
    if (answer.size() >= MAX_ANSWER) {
      return true;
    }
    String text = answer.toString(StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      return false;
    }
    String head = text.substring(0, end).toLowerCase(Locale.ROOT);
    java.util.regex.Matcher length =
        java.util.regex.Pattern.compile("\r\ncontent-length:\\s*(\\d+)").matcher(head);
    if (length.find()) {
      return answer.size() >= end + 4 + Long.parseLong(length.group(1));
    }
    if (head.contains("transfer-encoding: chunked")) {
      return text.endsWith("\r\n0\r\n\r\n");
    }
    return head.matches("(?s)http/1\\.[01] (204|304) .*");
  }

  private static Answer parse(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (!text.startsWith("HTTP/") || end < 0) {
      return new Answer(Answer.UNANSWERED, null, text);
    }
    String[] lines = text.substring(0, end).split("\r\n");
    String[] statusLine = lines[0].split(" ", 3);
    String contentType = null;
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0 && lines[i].substring(0, colon).trim().equalsIgnoreCase("content-type")) {
        contentType = lines[i].substring(colon + 1).trim();
      }
    }
    String body = new String(bytes, end + 4, bytes.length - end - 4, StandardCharsets.UTF_8);
    return new Answer(Integer.parseInt(statusLine[1]), contentType, body);
  }
}

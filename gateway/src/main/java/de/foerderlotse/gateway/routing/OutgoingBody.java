package de.foerderlotse.gateway.routing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.http.HttpRequest;
import java.util.OptionalLong;

/**
 * A request body on its way to a service: small ones are held in memory and can be sent again
 * (retries), larger ones are streamed through as they arrive and can be sent only once.
 */
public final class OutgoingBody {

  private static final OutgoingBody NONE = new OutgoingBody(null, null, OptionalLong.empty());

  private final byte[] bytes;
  private final InputStream stream;
  private final OptionalLong length;

  private OutgoingBody(byte[] bytes, InputStream stream, OptionalLong length) {
    this.bytes = bytes;
    this.stream = stream;
    this.length = length;
  }

  /** No body at all (GET, DELETE). */
  public static OutgoingBody none() {
    return NONE;
  }

  /** A body already in memory; replayable. */
  public static OutgoingBody of(byte[] bytes) {
    return new OutgoingBody(bytes, null, OptionalLong.of(bytes.length));
  }

  /**
   * Reads at most {@code bufferLimit} bytes ahead: a body that ends within them stays in memory
   * (replayable); a longer one is passed on as a stream of what was read plus the rest, unread.
   *
   * @param declaredLength the caller's Content-Length, if it sent one
   */
  public static OutgoingBody from(InputStream in, int bufferLimit, OptionalLong declaredLength)
      throws IOException {
    byte[] head = in.readNBytes(bufferLimit + 1);
    if (head.length <= bufferLimit) {
      return of(head);
    }
    return new OutgoingBody(
        null, new SequenceInputStream(new ByteArrayInputStream(head), in), declaredLength);
  }

  /** The body's length when it is known: in memory, or declared by the client. */
  public OptionalLong knownLength() {
    if (bytes != null) {
      return OptionalLong.of(bytes.length);
    }
    return stream == null ? OptionalLong.of(0) : length;
  }

  /** The same body, failing with {@link LimitedInputStream.TooLong} past {@code limit} bytes. */
  OutgoingBody limitedTo(long limit) {
    return stream == null
        ? this
        : new OutgoingBody(null, new LimitedInputStream(stream, limit), length);
  }

  /** Whether the body can be sent a second time, so a failed attempt may be retried. */
  public boolean replayable() {
    return stream == null;
  }

  HttpRequest.BodyPublisher publisher() {
    if (bytes != null) {
      return HttpRequest.BodyPublishers.ofByteArray(bytes);
    }
    if (stream == null) {
      return HttpRequest.BodyPublishers.noBody();
    }
    HttpRequest.BodyPublisher streamed = HttpRequest.BodyPublishers.ofInputStream(() -> stream);
    // With a known length the service gets Content-Length instead of chunks.
    return length.isPresent()
        ? HttpRequest.BodyPublishers.fromPublisher(streamed, length.getAsLong())
        : streamed;
  }
}

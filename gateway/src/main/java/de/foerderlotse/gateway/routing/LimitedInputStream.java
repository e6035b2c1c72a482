package de.foerderlotse.gateway.routing;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Passes a request body on and stops with {@link TooLong} once it grows past the limit. */
final class LimitedInputStream extends FilterInputStream {

  /** Signals through the HTTP client that the body, not the service, was at fault. */
  static final class TooLong extends IOException {
    TooLong() {
      super("request body over the service's limit");
    }
  }

  private final long limit;
  private long read;

  LimitedInputStream(InputStream in, long limit) {
    super(in);
    this.limit = limit;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    count(b < 0 ? 0 : 1);
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    count(Math.max(0, n));
    return n;
  }

  private void count(int n) throws IOException {
    read += n;
    if (read > limit) {
      throw new TooLong();
    }
  }
}

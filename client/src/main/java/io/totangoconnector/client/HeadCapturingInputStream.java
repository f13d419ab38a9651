package io.totangoconnector.client;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes a body through while keeping its first bytes, so that a reply that turns out not to be
 * JSON can be quoted in the error without buffering the whole of every reply.
 */
final class HeadCapturingInputStream extends FilterInputStream {
  private final ByteArrayOutputStream head = new ByteArrayOutputStream();
  private final int limit;

  HeadCapturingInputStream(InputStream in, int limit) {
    super(in);
    this.limit = limit;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0 && head.size() < limit) {
      head.write(b);
    }
    return b;
  }

  @Override
  public int read(byte[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    if (n > 0 && head.size() < limit) {
      head.write(buf, off, Math.min(n, limit - head.size()));
    }
    return n;
  }

  /** The first bytes read so far, at most the limit. */
  byte[] head() {
    return head.toByteArray();
  }
}

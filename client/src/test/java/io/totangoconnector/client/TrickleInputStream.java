package io.totangoconnector.client;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

/** A body that arrives at most {@code chunk} bytes at a time, as a slow network delivers it. */
final class TrickleInputStream extends InputStream {
  private final ByteArrayInputStream in;
  private final int chunk;

  TrickleInputStream(byte[] bytes, int chunk) {
    this.in = new ByteArrayInputStream(bytes);
    this.chunk = chunk;
  }

  @Override
  public int read() {
    return in.read();
  }

  @Override
  public int read(byte[] b, int off, int len) {
    return in.read(b, off, Math.min(len, chunk));
  }
}

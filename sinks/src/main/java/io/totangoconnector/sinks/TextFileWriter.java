package io.totangoconnector.sinks;

import java.io.IOException;
import java.io.Writer;

/** Writes encoded rows to a temporary file published by rename, or straight to a stream. */
final class TextFileWriter extends CheckedWriter {
  private final Writer writer;
  private final RowEncoder encoder;
  private final FileTarget target;

  /**
   * @param target where {@code writer} writes, published on commit; null when the writer is a
   *     stream that cannot be taken back (stdout), which is then only flushed, never closed
   */
  TextFileWriter(
      String destination, TableSchema schema, Writer writer, RowEncoder encoder, FileTarget target)
      throws IOException {
    super(destination, schema, UpdateMode.REPLACE);
    this.writer = writer;
    this.encoder = encoder;
    this.target = target;
    encoder.header();
  }

  @Override
  void stage(Object[] values) throws IOException {
    encoder.row(values);
  }

  @Override
  void publish() throws IOException {
    encoder.flush();
    if (target != null) {
      writer.close();
      target.publish();
    }
  }

  @Override
  void release(boolean committed) throws IOException {
    if (target == null) {
      writer.flush();
      return;
    }
    writer.close();
    if (!committed) {
      target.discard();
    }
  }
}

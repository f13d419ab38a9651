package io.totangoconnector.bench;

import io.totangoconnector.sinks.Sink;
import io.totangoconnector.sinks.SinkWriter;
import io.totangoconnector.sinks.TableSchema;
import io.totangoconnector.sinks.UpdateMode;

/**
 * Lets several syncs write into one run of a real sink, as one sync past the record cap will: the
 * first open opens it, later opens continue it, and only {@link #finish()} commits and closes it.
 * Until issue 4, this is how B4 puts 100,000 records into one DuckDB run.
 */
final class OneRunSink implements Sink {
  private final Sink sink;
  private SinkWriter writer;

  OneRunSink(Sink sink) {
    this.sink = sink;
  }

  @Override
  public String describe() {
    return sink.describe();
  }

  @Override
  public boolean supports(UpdateMode mode) {
    return true;
  }

  @Override
  public SinkWriter open(TableSchema schema, UpdateMode mode) {
    if (writer == null) {
      writer = sink.open(schema, UpdateMode.REPLACE);
    }
    long before = writer.rowsWritten();
    return new SinkWriter() {
      @Override
      public void write(Object[] values) {
        writer.write(values);
      }

      @Override
      public void commit() {}

      @Override
      public long rowsWritten() {
        return writer.rowsWritten() - before;
      }

      @Override
      public void close() {}
    };
  }

  /** Commits and closes the one run. */
  void finish() {
    try (SinkWriter w = writer) {
      w.commit();
    }
  }
}

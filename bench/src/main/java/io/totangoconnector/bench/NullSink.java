package io.totangoconnector.bench;

import io.totangoconnector.sinks.Sink;
import io.totangoconnector.sinks.SinkWriter;
import io.totangoconnector.sinks.TableSchema;
import io.totangoconnector.sinks.UpdateMode;

/** A destination that keeps nothing: the pipeline's cost without a sink's. */
final class NullSink implements Sink {
  @Override
  public String describe() {
    return "null";
  }

  @Override
  public boolean supports(UpdateMode mode) {
    return true;
  }

  @Override
  public SinkWriter open(TableSchema schema, UpdateMode mode) {
    return new SinkWriter() {
      private long rows;

      @Override
      public void write(Object[] values) {
        rows++;
      }

      @Override
      public void commit() {}

      @Override
      public long rowsWritten() {
        return rows;
      }

      @Override
      public void close() {}
    };
  }
}

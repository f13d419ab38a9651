package io.totangoconnector.core;

import io.totangoconnector.sinks.Sink;
import io.totangoconnector.sinks.SinkWriter;
import io.totangoconnector.sinks.TableSchema;
import io.totangoconnector.sinks.UpdateMode;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Opens the destination on a thread of its own while the first call to Totango is on its way:
 * loading a database driver (DuckDB's native library takes about half a second) or connecting to a
 * server then costs no time before the first request. Every method waits for the opening and throws
 * what it threw; {@link #close()} waits too, so that a run that failed early still rolls back what
 * the opening prepared.
 */
final class OpeningWriter implements SinkWriter {
  private final CompletableFuture<SinkWriter> opening = new CompletableFuture<>();

  OpeningWriter(Sink sink, TableSchema schema, UpdateMode mode) {
    Thread t =
        new Thread(
            () -> {
              try {
                opening.complete(sink.open(schema, mode));
              } catch (Throwable e) { // an Error too: whoever waits must not wait forever
                opening.completeExceptionally(e);
              }
            },
            "sink-open");
    t.setDaemon(true);
    t.start();
  }

  private SinkWriter writer() {
    try {
      return opening.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  @Override
  public void write(Object[] values) {
    writer().write(values);
  }

  @Override
  public void commit() {
    writer().commit();
  }

  @Override
  public long rowsWritten() {
    return writer().rowsWritten();
  }

  @Override
  public void close() {
    SinkWriter opened;
    try {
      opened = opening.join();
    } catch (CompletionException e) {
      return; // nothing was opened, so nothing is left to roll back; the run reports the failure
    }
    opened.close();
  }
}

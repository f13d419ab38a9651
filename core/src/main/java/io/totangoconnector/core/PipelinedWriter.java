package io.totangoconnector.core;

import io.totangoconnector.client.Hit;
import io.totangoconnector.sinks.SinkWriter;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

/**
 * Writes pages on a thread of its own, so that the next page is fetched while the sink writes the
 * current one. At most {@link #IN_FLIGHT} pages wait, which keeps memory flat however many rows a
 * run has. The first failure of the writer is thrown from the next {@link #write} or {@link
 * #finish}.
 */
final class PipelinedWriter implements AutoCloseable {
  private static final int IN_FLIGHT = 2;

  private final SinkWriter sink;
  private final RowMapper rows;
  private final ExecutorService thread;
  private final Semaphore slots = new Semaphore(IN_FLIGHT);
  private volatile RuntimeException failure;

  PipelinedWriter(SinkWriter sink, RowMapper rows) {
    this.sink = sink;
    this.rows = rows;
    this.thread =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "sink-writer");
              t.setDaemon(true);
              return t;
            });
  }

  void write(List<Hit> page) {
    rethrowIfFailed();
    acquireSlot();
    thread.execute(() -> writePage(page));
  }

  private void writePage(List<Hit> page) {
    try {
      if (failure == null) {
        for (Hit hit : page) {
          sink.write(rows.map(hit));
        }
      }
    } catch (RuntimeException e) {
      failure = e;
    } finally {
      slots.release();
    }
  }

  /** Waits until every page handed over is written. */
  void finish() {
    acquireAll();
    rethrowIfFailed();
  }

  @Override
  public void close() {
    thread.shutdownNow();
  }

  private void acquireSlot() {
    try {
      slots.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the sink", e);
    }
  }

  private void acquireAll() {
    try {
      slots.acquire(IN_FLIGHT);
      slots.release(IN_FLIGHT);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the sink", e);
    }
  }

  private void rethrowIfFailed() {
    RuntimeException e = failure;
    if (e != null) {
      throw e;
    }
  }
}

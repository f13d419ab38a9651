package io.totangoconnector.core;

import io.totangoconnector.client.Hit;
import io.totangoconnector.sinks.SinkException;
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
  /**
   * Two: with one, the sink waited for the reader between pages (B4 0.58-0.64 against 0.65-0.66
   * with two), and the heap's peak was no lower within B8's noise.
   */
  private static final int IN_FLIGHT = 2;

  private final SinkWriter sink;
  private final RowMapper rows;
  private final ExecutorService thread;
  private final Semaphore slots = new Semaphore(IN_FLIGHT);
  private volatile Throwable failure;
  private long rowsHandedOver;
  private volatile boolean closing;

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
    rowsHandedOver += page.size();
    thread.execute(() -> writePage(page));
  }

  private void writePage(List<Hit> page) {
    try {
      if (failure == null && !closing) {
        for (Hit hit : page) {
          sink.write(rows.map(hit));
        }
      }
    } catch (Throwable e) { // an Error too: a page must never be dropped silently
      failure = e;
    } finally {
      slots.release();
    }
  }

  /** Waits until every page handed over is written, and checks that every row was. */
  void finish() {
    acquireAll();
    rethrowIfFailed();
    if (sink.rowsWritten() != rowsHandedOver) {
      throw new SinkException(
          "The destination took "
              + sink.rowsWritten()
              + " of the run's "
              + rowsHandedOver
              + " rows; nothing was published.");
    }
  }

  /**
   * Stops the writer thread and waits for it, so that the sink is never closed (rolled back) while
   * a row is still being written to it on that thread.
   */
  @Override
  public void close() {
    closing = true; // pages still queued are skipped: the run is over either way
    thread.shutdown();
    try {
      if (!thread.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES)) {
        throw new IllegalStateException("the destination did not stop writing within a minute");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
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
    Throwable e = failure;
    if (e instanceof RuntimeException re) {
      throw re;
    }
    if (e != null) {
      throw new IllegalStateException("writing to the destination failed: " + e, e);
    }
  }
}

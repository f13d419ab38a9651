package io.totangoconnector.sinks;

import java.io.IOException;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every writer does the same way: checks each row before staging it, counts rows, refuses to
 * go on after a failure or a commit, and discards the staged rows when closed uncommitted.
 */
abstract class CheckedWriter implements SinkWriter {
  private static final Logger log = LoggerFactory.getLogger(CheckedWriter.class);
  private final String destination;
  private final TableSchema schema;
  private final UpdateMode mode;
  private long rows;
  private boolean failed;
  private boolean committed;

  CheckedWriter(String destination, TableSchema schema, UpdateMode mode) {
    this.destination = destination;
    this.schema = schema;
    this.mode = mode;
  }

  /** Stages one checked row. */
  abstract void stage(Object[] values) throws IOException, SQLException;

  /** Makes the staged rows visible at once. */
  abstract void publish() throws IOException, SQLException;

  /** Releases resources and, unless {@code committed}, throws the staged rows away. */
  abstract void release(boolean committed) throws IOException, SQLException;

  @Override
  public final void write(Object[] values) {
    requireUsable();
    failed = true;
    RowCheck.check(destination, schema, values, rows + 1);
    if (mode == UpdateMode.MERGE) {
      RowCheck.checkKeys(destination, schema, values, rows + 1);
    }
    try {
      stage(values);
    } catch (IOException | SQLException e) {
      throw new SinkException(
          destination + ": writing row " + (rows + 1) + " failed: " + e.getMessage(), e);
    }
    failed = false;
    rows++;
  }

  @Override
  public final void commit() {
    requireUsable();
    failed = true;
    try {
      publish();
    } catch (IOException | SQLException e) {
      throw new SinkException(destination + ": " + mode.label() + " failed: " + e.getMessage(), e);
    }
    failed = false;
    committed = true;
  }

  @Override
  public final long rowsWritten() {
    return rows;
  }

  @Override
  public final void close() {
    try {
      release(committed);
    } catch (IOException | SQLException e) {
      // Leftovers are named per run; the next run into the same destination removes them.
      log.warn("{}: could not clean up after the run: {}", destination, e.getMessage());
    }
  }

  private void requireUsable() {
    if (committed || failed) {
      throw new SinkException(
          destination + ": this write has " + (committed ? "been committed" : "failed") + ".");
    }
  }
}

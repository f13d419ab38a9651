package io.totangoconnector.sinks;

/**
 * One run's write into a {@link Sink}. Rows go to a staging area; {@link #commit()} publishes them
 * atomically (swap, append or merge); {@link #close()} without a commit discards them and leaves
 * the destination as it was. Not thread-safe.
 */
public interface SinkWriter extends AutoCloseable {

  /**
   * Stages one row. {@code values[i]} is of the Java type that {@code
   * schema.columns().get(i).type()} names, or null. The array may be reused by the caller after the
   * call returns.
   */
  void write(Object[] values);

  /** Publishes every staged row atomically. After a failure here the destination is unchanged. */
  void commit();

  /** Rows staged so far. */
  long rowsWritten();

  /** Releases resources; discards the staged rows if {@link #commit()} did not succeed. */
  @Override
  void close();
}

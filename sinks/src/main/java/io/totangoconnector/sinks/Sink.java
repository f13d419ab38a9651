package io.totangoconnector.sinks;

/**
 * A destination: a table or a file. A sink is cheap to create; it touches the destination only in
 * {@link #open}. Not thread-safe.
 */
public interface Sink {

  /**
   * Where the data goes, for messages, without any password (e.g. {@code duckdb:data/x.duckdb#t}).
   */
  String describe();

  /**
   * Whether this destination can apply {@code mode}; files support only {@link UpdateMode#REPLACE}.
   */
  boolean supports(UpdateMode mode);

  /**
   * Starts one run's write. Nothing is visible to readers until {@link SinkWriter#commit()}.
   *
   * @throws SinkException if the destination cannot be reached or prepared, or the mode is not
   *     supported (with a message that names the modes it supports)
   */
  SinkWriter open(TableSchema schema, UpdateMode mode);
}

package io.totangoconnector.sinks;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A run's write into a SQL table: rows are bulk-loaded into a staging table that {@link #commit()}
 * publishes in one transaction.
 */
final class DatabaseWriter extends CheckedWriter {
  private static final Logger log = LoggerFactory.getLogger(DatabaseWriter.class);
  private final UpdateMode mode;
  private final Connection connection;
  private final JdbcTableWriter table;
  private final StagingLoader loader;

  /** Makes a {@link StagingLoader} for a staging table that exists. */
  interface LoaderFactory {
    StagingLoader create(Connection connection, TableRef staging) throws SQLException;
  }

  private DatabaseWriter(
      String destination,
      TableSchema schema,
      UpdateMode mode,
      Connection connection,
      JdbcTableWriter table,
      StagingLoader loader) {
    super(destination, schema, mode);
    this.mode = mode;
    this.connection = connection;
    this.table = table;
    this.loader = loader;
  }

  /**
   * Prepares the staging table and returns the writer; closes the connection if that fails.
   *
   * @throws SinkException naming the destination
   */
  static DatabaseWriter open(
      String destination,
      TableSchema schema,
      UpdateMode mode,
      Connection connection,
      SqlDialect dialect,
      TableRef target,
      String runId,
      LoaderFactory loaders) {
    if (mode == UpdateMode.MERGE && schema.keyColumns().isEmpty()) {
      closeQuietly(connection);
      throw new SinkException(destination + ": merge needs key columns; this table has none.");
    }
    try {
      if (!dialect.claim(connection, target)) {
        closeQuietly(connection);
        throw new SinkException(
            destination
                + ": another run is writing to this table right now; try again when it has"
                + " finished.");
      }
      JdbcTableWriter table = new JdbcTableWriter(connection, dialect, target, schema, runId);
      table.prepare(mode);
      StagingLoader loader = loaders.create(connection, table.staging());
      return new DatabaseWriter(destination, schema, mode, connection, table, loader);
    } catch (SQLException e) {
      closeQuietly(connection);
      throw new SinkException(destination + ": could not prepare the table: " + e.getMessage(), e);
    }
  }

  @Override
  void stage(Object[] values) throws IOException, SQLException {
    loader.add(values);
  }

  @Override
  void publish() throws IOException, SQLException {
    loader.finish();
    table.publish(mode);
  }

  @Override
  void release(boolean committed) throws IOException, SQLException {
    try (connection) {
      if (!committed) {
        loader.abort();
        table.discard();
      }
    }
  }

  private static void closeQuietly(Connection connection) {
    try {
      connection.close();
    } catch (SQLException e) {
      log.debug("closing the connection failed", e);
    }
  }
}

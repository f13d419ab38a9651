package io.totangoconnector.sinks;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.duckdb.DuckDBConnection;

/** Stages rows in an in-memory DuckDB table and copies them to Parquet on commit. */
final class ParquetWriter extends CheckedWriter {
  private static final TableRef STAGING = new TableRef("main", "staging");
  private final Connection connection;
  private final DuckDbAppenderLoader loader;
  private final FileTarget target;

  private ParquetWriter(
      String destination,
      TableSchema schema,
      Connection connection,
      DuckDbAppenderLoader loader,
      FileTarget target) {
    super(destination, schema, UpdateMode.REPLACE);
    this.connection = connection;
    this.loader = loader;
    this.target = target;
  }

  /** Creates the staging table; closes the connection if that fails. */
  static ParquetWriter open(
      String destination, TableSchema schema, Connection connection, FileTarget target)
      throws SQLException {
    try {
      String ddl =
          new PublishStatements(new DuckDbDialect(), STAGING, STAGING, schema)
              .createTable(STAGING, "TABLE");
      execute(connection, ddl);
      DuckDbAppenderLoader loader =
          new DuckDbAppenderLoader(connection.unwrap(DuckDBConnection.class), STAGING, schema);
      return new ParquetWriter(destination, schema, connection, loader, target);
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  @Override
  void stage(Object[] values) throws SQLException {
    loader.add(values);
  }

  @Override
  void publish() throws IOException, SQLException {
    loader.finish();
    String file = Sql.literal(target.temp().toString());
    execute(connection, "COPY " + STAGING.qualified() + " TO " + file + " (FORMAT parquet)");
    target.publish();
  }

  @Override
  void release(boolean committed) throws IOException, SQLException {
    try (connection) {
      if (!committed) {
        loader.abort();
        target.discard();
      }
    }
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}

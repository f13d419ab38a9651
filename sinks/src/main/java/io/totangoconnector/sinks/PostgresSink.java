package io.totangoconnector.sinks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.function.Supplier;
import org.postgresql.PGConnection;

/**
 * A PostgreSQL table ({@code postgresql://HOST:PORT/DB?user=...#SCHEMA.TABLE}). Rows are streamed
 * with COPY into a staging table, published in one transaction (DDL is transactional there).
 */
final class PostgresSink implements Sink {
  private final String jdbcUrl;
  private final Properties credentials;
  private final TableRef table;
  private final String description;
  private final Supplier<String> runIds;

  /**
   * @param credentials user and password for the driver, kept out of the URL and the description
   */
  PostgresSink(
      String jdbcUrl,
      Properties credentials,
      TableRef table,
      String description,
      Supplier<String> runIds) {
    this.jdbcUrl = jdbcUrl;
    this.credentials = credentials;
    this.table = table;
    this.description = description;
    this.runIds = runIds;
  }

  @Override
  public String describe() {
    return description;
  }

  @Override
  public boolean supports(UpdateMode mode) {
    return true;
  }

  @Override
  public SinkWriter open(TableSchema schema, UpdateMode mode) {
    return DatabaseWriter.open(
        description,
        schema,
        mode,
        connect(),
        new PostgresDialect(),
        table,
        runIds.get(),
        (connection, staging) ->
            new PostgresCopyLoader(connection.unwrap(PGConnection.class), staging, schema));
  }

  private Connection connect() {
    try {
      return DriverManager.getConnection(jdbcUrl, credentials);
    } catch (SQLException e) {
      throw new SinkException(description + ": cannot connect: " + e.getMessage(), e);
    }
  }
}

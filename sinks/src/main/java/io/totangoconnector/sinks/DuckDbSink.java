package io.totangoconnector.sinks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.function.Supplier;
import org.duckdb.DuckDBConnection;

/**
 * A table in a DuckDB file ({@code duckdb:PATH#TABLE}). Rows go through DuckDB's Appender into a
 * staging table, published in one transaction. DuckDB lets one process at a time write a file.
 */
final class DuckDbSink implements Sink {
  private final Path path;
  private final TableRef table;
  private final String description;
  private final Supplier<String> runIds;

  DuckDbSink(Path path, TableRef table, String description, Supplier<String> runIds) {
    this.path = path;
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
        new DuckDbDialect(),
        table,
        runIds.get(),
        (connection, staging) ->
            new DuckDbAppenderLoader(connection.unwrap(DuckDBConnection.class), staging, schema));
  }

  private Connection connect() {
    try {
      Path parent = path.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      return DriverManager.getConnection("jdbc:duckdb:" + path.toAbsolutePath(), offline());
    } catch (IOException | SQLException e) {
      throw new SinkException(description + ": cannot open the database: " + e.getMessage(), e);
    }
  }

  /** Settings that keep DuckDB from downloading extensions (JSON and Parquet are built in). */
  static Properties offline() {
    Properties properties = new Properties();
    properties.setProperty("autoinstall_known_extensions", "false");
    properties.setProperty("autoload_known_extensions", "false");
    return properties;
  }
}

package io.totangoconnector.sinks;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * A Parquet file: rows are staged in an in-memory DuckDB through its Appender, then DuckDB's {@code
 * COPY ... TO} writes a temporary file that is renamed over the old one. DuckDB keeps the staged
 * rows in its own (native, compressed) memory, not on the Java heap.
 */
final class ParquetSink implements Sink {
  private final String description;
  private final Path path;
  private final Supplier<String> runIds;

  ParquetSink(String description, Path path, Supplier<String> runIds) {
    this.description = description;
    this.path = path;
    this.runIds = runIds;
  }

  @Override
  public String describe() {
    return description;
  }

  @Override
  public boolean supports(UpdateMode mode) {
    return mode == UpdateMode.REPLACE;
  }

  @Override
  public SinkWriter open(TableSchema schema, UpdateMode mode) {
    FileModes.requireReplace(description, mode);
    try {
      FileTarget target = new FileTarget(path, runIds.get());
      target.prepare();
      Connection connection = DriverManager.getConnection("jdbc:duckdb:", settings());
      return ParquetWriter.open(description, schema, connection, target);
    } catch (IOException | SQLException e) {
      throw new SinkException(description + ": cannot write the file: " + e.getMessage(), e);
    }
  }

  // An in-memory DuckDB spills to ./.tmp by default; keep the working directory clean.
  private static Properties settings() {
    Properties properties = DuckDbSink.offline();
    Path spill = Path.of(System.getProperty("java.io.tmpdir"), "totango-connector-duckdb");
    properties.setProperty("temp_directory", spill.toString());
    return properties;
  }
}

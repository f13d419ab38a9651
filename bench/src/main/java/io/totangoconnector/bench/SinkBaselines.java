package io.totangoconnector.bench;

import io.totangoconnector.sinks.Column;
import io.totangoconnector.sinks.ColumnType;
import io.totangoconnector.sinks.TableSchema;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/** The bare ways to load the same rows, written as a user of each library would. */
final class SinkBaselines {
  private SinkBaselines() {}

  /** Open a new DuckDB file, create the table, append every row, close. */
  static void duckDbAppender(Path file, TableSchema schema, List<Object[]> rows)
      throws SQLException {
    try (DuckDBConnection c =
        (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file)) {
      createTable(c, schema, "VARCHAR", "JSON", "TIMESTAMP");
      try (DuckDBAppender appender = c.createAppender("main", "t")) {
        for (Object[] row : rows) {
          appender.beginRow();
          for (int i = 0; i < row.length; i++) {
            appendValue(appender, schema.columns().get(i).type(), row[i]);
          }
          appender.endRow();
        }
      }
    }
  }

  private static void appendValue(DuckDBAppender a, ColumnType type, Object v) throws SQLException {
    if (v == null) {
      a.appendNull();
      return;
    }
    switch (type) {
      case TEXT, JSON -> a.append((String) v);
      case BIGINT -> a.append((long) (Long) v);
      case DOUBLE -> a.append((double) (Double) v);
      case BOOLEAN -> a.append((boolean) (Boolean) v);
      case TIMESTAMP -> a.appendEpochMicros(((Instant) v).toEpochMilli() * 1000);
      case DATE -> a.append((LocalDate) v);
    }
  }

  /** Open a new DuckDB file, create the table, insert with JDBC batches of 1,000, close. */
  static void duckDbBatch(Path file, TableSchema schema, List<Object[]> rows) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file)) {
      createTable(c, schema, "VARCHAR", "JSON", "TIMESTAMP");
      String marks = schema.columns().stream().map(x -> "?").collect(Collectors.joining(", "));
      c.setAutoCommit(false);
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO t VALUES (" + marks + ")")) {
        int n = 0;
        for (Object[] row : rows) {
          for (int i = 0; i < row.length; i++) {
            insert.setObject(i + 1, jdbcValue(row[i]));
          }
          insert.addBatch();
          if (++n % 1000 == 0) {
            insert.executeBatch();
          }
        }
        insert.executeBatch();
      }
      c.commit();
    }
  }

  private static Object jdbcValue(Object v) {
    return v instanceof Instant i ? Timestamp.from(i) : v;
  }

  /** Create a plain table, then COPY every row in as CSV, in one transaction. */
  static void postgresCopy(String url, TableSchema schema, List<Object[]> rows)
      throws SQLException, IOException {
    try (Connection c = DriverManager.getConnection(url)) {
      try (Statement s = c.createStatement()) {
        s.execute("DROP TABLE IF EXISTS bench_bare");
      }
      createTable(c, schema, "TEXT", "JSONB", "TIMESTAMPTZ", "bench_bare");
      c.setAutoCommit(false);
      PGCopyOutputStream copy =
          new PGCopyOutputStream(
              c.unwrap(PGConnection.class), "COPY bench_bare FROM STDIN (FORMAT csv)", 1 << 16);
      try (Writer w =
          new BufferedWriter(
              new java.io.OutputStreamWriter(copy, StandardCharsets.UTF_8), 1 << 16)) {
        writeCsv(w, rows);
      }
      c.commit();
    }
  }

  /** Every row as a CSV line through a BufferedWriter: quoting text, nothing else. */
  static void rawCsv(Path file, List<Object[]> rows) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      writeCsv(w, rows);
    }
  }

  private static void writeCsv(Writer w, List<Object[]> rows) throws IOException {
    for (Object[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        if (i > 0) {
          w.write(',');
        }
        Object v = row[i];
        if (v instanceof String s) {
          w.write('"');
          w.write(s.replace("\"", "\"\""));
          w.write('"');
        } else if (v != null) {
          w.write(v.toString());
        }
      }
      w.write("\r\n");
    }
  }

  private static void createTable(
      Connection c, TableSchema schema, String text, String json, String timestamp)
      throws SQLException {
    createTable(c, schema, text, json, timestamp, "t");
  }

  private static void createTable(
      Connection c, TableSchema schema, String text, String json, String timestamp, String name)
      throws SQLException {
    String columns =
        schema.columns().stream()
            .map(col -> "\"" + col.name() + "\" " + type(col, text, json, timestamp))
            .collect(Collectors.joining(", "));
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE " + name + " (" + columns + ")");
    }
  }

  private static String type(Column col, String text, String json, String timestamp) {
    return switch (col.type()) {
      case TEXT -> text;
      case JSON -> json;
      case TIMESTAMP -> timestamp;
      case BIGINT -> "BIGINT";
      case DOUBLE -> "DOUBLE PRECISION";
      case BOOLEAN -> "BOOLEAN";
      case DATE -> "DATE";
    };
  }
}

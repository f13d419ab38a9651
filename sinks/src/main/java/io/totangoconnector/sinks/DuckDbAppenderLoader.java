package io.totangoconnector.sinks;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Loads rows through DuckDB's Appender, never through row-by-row JDBC statements, in one {@link
 * DuckDbLoadTransaction}.
 */
final class DuckDbAppenderLoader implements StagingLoader {
  private final DuckDbLoadTransaction transaction;
  private final DuckDBAppender appender;
  private final List<Column> columns;

  DuckDbAppenderLoader(DuckDBConnection connection, TableRef table, TableSchema schema)
      throws SQLException {
    this.transaction = DuckDbLoadTransaction.begin(connection);
    this.appender = connection.createAppender(table.schema(), table.table());
    this.columns = schema.columns();
  }

  @Override
  public void add(Object[] values) throws SQLException {
    appender.beginRow();
    for (int i = 0; i < values.length; i++) {
      append(columns.get(i).type(), values[i]);
    }
    appender.endRow();
  }

  private void append(ColumnType type, Object value) throws SQLException {
    if (value == null) {
      appender.appendNull();
      return;
    }
    switch (type) {
      case TEXT, JSON -> appender.append((String) value);
      case BIGINT -> appender.append((long) (Long) value);
      case DOUBLE -> appender.append((double) (Double) value);
      case BOOLEAN -> appender.append((boolean) (Boolean) value);
      case TIMESTAMP -> appender.appendEpochMicros(epochMicros((Instant) value));
      case DATE -> appender.append((LocalDate) value);
    }
  }

  // A TIMESTAMP column takes microseconds; appendEpochMillis only suits TIMESTAMP_MS columns.
  private static long epochMicros(Instant instant) {
    return Math.addExact(
        Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
  }

  // flush() first: close() swallows a failure to flush the last rows.
  @Override
  public void finish() throws SQLException {
    appender.flush();
    appender.close();
    transaction.commit();
  }

  // Closing flushes what was appended into the transaction that the rollback then discards.
  @Override
  public void abort() throws SQLException {
    try {
      if (!appender.isClosed()) {
        appender.close();
      }
    } finally {
      transaction.rollback();
    }
  }
}

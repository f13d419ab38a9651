package io.totangoconnector.sinks;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/** PostgreSQL: timestamps as timestamptz, JSON as jsonb. */
final class PostgresDialect implements SqlDialect {
  /** A view's (or materialized view's) rewrite rule that reads the table, other than its own. */
  private static final String VIEWS_ON_TABLE =
      "SELECT 1 FROM pg_depend d JOIN pg_rewrite r ON r.oid = d.objid"
          + " WHERE d.classid = 'pg_rewrite'::regclass AND d.refclassid = 'pg_class'::regclass"
          + " AND d.refobjid = to_regclass(?) AND r.ev_class <> d.refobjid LIMIT 1";

  @Override
  public String typeName(ColumnType type) {
    return switch (type) {
      case TEXT -> "text";
      case BIGINT -> "bigint";
      case DOUBLE -> "double precision";
      case BOOLEAN -> "boolean";
      case TIMESTAMP -> "timestamp with time zone";
      case DATE -> "date";
      case JSON -> "jsonb";
    };
  }

  @Override
  public boolean foldsIdentifierCase() {
    return false;
  }

  @Override
  public String rowOrder() {
    return "ctid";
  }

  // A replace run's staging table becomes the table, so it must be logged; for append and merge it
  // is read once and dropped, so skipping the write-ahead log halves the writes.
  @Override
  public String stagingTableKind(UpdateMode mode) {
    return mode == UpdateMode.REPLACE ? "TABLE" : "UNLOGGED TABLE";
  }

  /**
   * A session-level advisory lock on a key derived from the table's name: PostgreSQL releases it
   * when the connection ends, a crashed run's included.
   */
  @Override
  public boolean claim(Connection connection, TableRef table) throws SQLException {
    byte[] name = ("totango-connector\n" + table.qualified()).getBytes(StandardCharsets.UTF_8);
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
      statement.setLong(1, UUID.nameUUIDFromBytes(name).getMostSignificantBits());
      try (ResultSet rs = statement.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    }
  }

  @Override
  public boolean viewsPin(Connection connection, TableRef table) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(VIEWS_ON_TABLE)) {
      statement.setString(1, table.qualified());
      try (ResultSet rs = statement.executeQuery()) {
        return rs.next();
      }
    }
  }
}

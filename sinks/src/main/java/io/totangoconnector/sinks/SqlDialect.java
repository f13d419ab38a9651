package io.totangoconnector.sinks;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * What differs between the SQL databases we write to; everything else (staging, swap, append,
 * merge, schema evolution) is shared in {@link JdbcTableWriter}.
 */
interface SqlDialect {

  /** The type used in DDL, spelled as {@code information_schema.columns.data_type} reports it. */
  String typeName(ColumnType type);

  /** Whether quoted identifiers still match case-insensitively (DuckDB) or exactly (PostgreSQL). */
  boolean foldsIdentifierCase();

  /** A pseudo-column that orders a freshly loaded staging table's rows as they were written. */
  String rowOrder();

  /** {@code TABLE} or, where a staging table is read only once, a cheaper kind. */
  String stagingTableKind(UpdateMode mode);

  /**
   * Whether views read {@code table} in a way that keeps it from being dropped: a replace then
   * refills the table in place instead of putting the staging table in its stead.
   */
  boolean viewsPin(Connection connection, TableRef table) throws SQLException;

  /**
   * Claims {@code table} for this connection's run until the connection closes.
   *
   * @return false when another run holds it: two runs into one table would drop each other's
   *     staging table as a crashed run's leftover, and two merges could both insert a key
   */
  boolean claim(Connection connection, TableRef table) throws SQLException;
}

package io.totangoconnector.sinks;

import java.sql.Connection;

/** DuckDB: TIMESTAMP holds UTC wall-clock time; JSON is built into the JDBC driver. */
final class DuckDbDialect implements SqlDialect {

  @Override
  public String typeName(ColumnType type) {
    return switch (type) {
      case TEXT -> "VARCHAR";
      case BIGINT -> "BIGINT";
      case DOUBLE -> "DOUBLE";
      case BOOLEAN -> "BOOLEAN";
      case TIMESTAMP -> "TIMESTAMP";
      case DATE -> "DATE";
      case JSON -> "JSON";
    };
  }

  @Override
  public boolean foldsIdentifierCase() {
    return true;
  }

  @Override
  public String rowOrder() {
    return "rowid";
  }

  @Override
  public String stagingTableKind(UpdateMode mode) {
    return "TABLE";
  }

  /** DuckDB lets one process at a time open a database file for writing, which is the claim. */
  @Override
  public boolean claim(Connection connection, TableRef table) {
    return true;
  }

  /** DuckDB binds a view to its tables by name when it is queried, so a swapped table serves it. */
  @Override
  public boolean viewsPin(Connection connection, TableRef table) {
    return false;
  }
}

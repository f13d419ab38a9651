package io.totangoconnector.sinks;

/** PostgreSQL: timestamps as timestamptz, JSON as jsonb. */
final class PostgresDialect implements SqlDialect {

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
}

package io.totangoconnector.sinks;

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
}

package io.totangoconnector.sinks;

import java.io.IOException;
import java.sql.SQLException;

/** Streams checked rows into a staging table in bulk (DuckDB's Appender, PostgreSQL's COPY). */
interface StagingLoader {

  /** Adds one row whose values already match the schema's Java types. */
  void add(Object[] values) throws SQLException, IOException;

  /** Completes the load; the rows are in the staging table afterwards. */
  void finish() throws SQLException, IOException;

  /** Abandons an unfinished load; does nothing after {@link #finish()}. */
  void abort() throws SQLException, IOException;
}

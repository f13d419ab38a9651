package io.totangoconnector.sinks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The one transaction that a load into DuckDB runs in, on one DuckDB thread. Outside a transaction,
 * the Appender commits every chunk of 2,048 rows by itself, and DuckDB then checkpoints
 * (recompresses) the growing staging table each time its write-ahead log passes the threshold,
 * which costs more than the load itself.
 */
final class DuckDbLoadTransaction {
  private final Connection connection;
  private final long threads;
  private boolean open;

  private DuckDbLoadTransaction(Connection connection, long threads) {
    this.connection = connection;
    this.threads = threads;
  }

  static DuckDbLoadTransaction begin(Connection connection) throws SQLException {
    DuckDbLoadTransaction transaction = new DuckDbLoadTransaction(connection, threads(connection));
    // With more threads, this one busy-waits while another compresses a full row group, taking a
    // core from the rest of the sync; alone, it compresses the row group itself.
    transaction.execute("SET threads = 1");
    // Plain SQL, not setAutoCommit(false): the driver would begin that transaction only at its
    // next statement, and the Appender's native calls are not statements.
    transaction.execute("BEGIN TRANSACTION");
    transaction.open = true;
    return transaction;
  }

  /** Commits the load and gives DuckDB its threads back, for publishing. */
  void commit() throws SQLException {
    execute("COMMIT");
    open = false;
    restoreThreads();
  }

  /** Rolls back the load if it is not committed yet; gives DuckDB its threads back. */
  void rollback() throws SQLException {
    try {
      if (open) {
        open = false;
        execute("ROLLBACK");
      }
    } finally {
      restoreThreads();
    }
  }

  private static long threads(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT current_setting('threads')")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  // SET, not RESET: another connection to the same database may have chosen its own number.
  private void restoreThreads() throws SQLException {
    execute("SET threads = " + threads);
  }

  private void execute(String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}

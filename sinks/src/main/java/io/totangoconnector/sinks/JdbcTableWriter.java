package io.totangoconnector.sinks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The life of one run's staging table in a SQL database: created at the start, then published in
 * one transaction (swap, append or merge, with schema evolution), or dropped. Staging tables left
 * by a crashed run into the same table are dropped when the next run starts.
 */
final class JdbcTableWriter {
  private final Connection connection;
  private final SqlDialect dialect;
  private final TableRef target;
  private final TableRef staging;
  private final PublishStatements statements;

  JdbcTableWriter(
      Connection connection,
      SqlDialect dialect,
      TableRef target,
      TableSchema schema,
      String runId) {
    this.connection = connection;
    this.dialect = dialect;
    this.target = target;
    this.staging = target.staging(runId);
    this.statements = new PublishStatements(dialect, target, staging, schema);
  }

  TableRef staging() {
    return staging;
  }

  /** Drops stale staging tables, creates the schema if needed, and creates this run's staging. */
  void prepare(UpdateMode mode) throws SQLException {
    if (schemaExists()) {
      dropStaleStaging();
    } else {
      execute("CREATE SCHEMA " + Sql.ident(target.schema()));
    }
    execute(statements.createTable(staging, dialect.stagingTableKind(mode)));
  }

  /** Publishes the staged rows in one transaction; on failure nothing has changed. */
  void publish(UpdateMode mode) throws SQLException {
    connection.setAutoCommit(false);
    try {
      ExistingTable existing =
          ExistingTable.read(connection, target, dialect.foldsIdentifierCase());
      for (String sql : publishStatements(mode, existing)) {
        execute(sql);
      }
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      try {
        connection.rollback();
      } catch (SQLException rollbackFailed) {
        e.addSuppressed(rollbackFailed); // the first failure is the one that explains the run
      }
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  /** Drops this run's staging table. */
  void discard() throws SQLException {
    execute("DROP TABLE IF EXISTS " + staging.qualified());
  }

  private List<String> publishStatements(UpdateMode mode, ExistingTable existing)
      throws SQLException {
    return switch (mode) {
      case REPLACE ->
          existing != null && dialect.viewsPin(connection, target)
              ? statements.replaceInPlace(existing)
              : statements.replace();
      case APPEND -> statements.append(existing);
      case MERGE -> statements.merge(existing);
    };
  }

  private boolean schemaExists() throws SQLException {
    String sql = "SELECT 1 FROM information_schema.schemata WHERE schema_name = ?";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, target.schema());
      try (ResultSet rs = statement.executeQuery()) {
        return rs.next();
      }
    }
  }

  private void dropStaleStaging() throws SQLException {
    for (String name : ExistingTable.tableNames(connection, target.schema())) {
      if (target.isStagingName(name, RunIds.LENGTH)) {
        execute("DROP TABLE IF EXISTS " + target.withTable(name).qualified());
      }
    }
  }

  private void execute(String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}

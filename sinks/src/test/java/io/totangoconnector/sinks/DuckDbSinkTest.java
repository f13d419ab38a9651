package io.totangoconnector.sinks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbSinkTest extends DatabaseSinkContractTest {
  @TempDir Path dir;

  private Path database() {
    return dir.resolve("nested/dir/test.duckdb");
  }

  @Override
  Sink sink(String name) {
    return new DestinationParser(v -> null, new RunIds(new Random(1)), System.out)
        .parse("duckdb:" + database() + "#" + schemaName() + "." + name);
  }

  @Override
  Connection connect() throws SQLException {
    try {
      java.nio.file.Files.createDirectories(database().getParent());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return DriverManager.getConnection("jdbc:duckdb:" + database(), DuckDbSink.offline());
  }

  @Override
  String schemaName() {
    return "main";
  }

  @Override
  JdbcReads.Timestamps timestamps() {
    return FileSinkContractTest.DUCKDB_TIMESTAMPS;
  }

  @Override
  List<String> expectedSampleTypes() {
    return List.of("BIGINT", "VARCHAR", "DOUBLE", "BOOLEAN", "TIMESTAMP", "DATE", "JSON", "BIGINT");
  }

  @Override
  String commentsQuery() {
    return "SELECT column_name, comment FROM duckdb_columns()"
        + " WHERE schema_name = 'main' AND table_name = 't'";
  }

  @Test
  void aTableInAnotherSchemaGetsTheSchemaCreated() throws Exception {
    Sink sink =
        new DestinationParser(v -> null, new RunIds(new Random(1)), System.out)
            .parse("duckdb:" + database() + "#\"Sales data\".\"Top accounts\"");
    try (SinkWriter writer = sink.open(SMALL, UpdateMode.REPLACE)) {
      writer.write(new Object[] {1L, "a"});
      writer.commit();
    }

    try (Connection connection = connect()) {
      StoredTable stored =
          JdbcReads.read(
              connection, "SELECT * FROM \"Sales data\".\"Top accounts\"", SMALL, timestamps());
      assertThat(stored.rows()).isEqualTo(StoredTable.rowsOf(small(1, "a")));
    }
  }

  @Test
  void stagedRowsStayUncommittedUntilTheRunCommits() throws Exception {
    try (SinkWriter writer = sink("t").open(SMALL, UpdateMode.REPLACE);
        Connection reader = connect()) {
      for (int i = 0; i < 5_000; i++) { // the Appender hands DuckDB 2,048 rows at a time
        writer.write(new Object[] {(long) i, "row " + i});
      }

      assertThat(artifacts()).hasSize(1);
      String staging = ref(artifacts().iterator().next()).qualified();
      assertThat(count(reader, staging)).isZero();
      writer.commit();
      assertThat(count(reader, ref("t").qualified())).isEqualTo(5_000);
    }
  }

  @Test
  void aRunLeavesDuckDbsThreadSettingAsItWas() throws Exception {
    try (Connection other = connect(); // shares the database instance with the runs
        Statement statement = other.createStatement()) {
      statement.execute("SET threads = 3");

      write("t", SMALL, UpdateMode.REPLACE, small(1, "a"));
      try (SinkWriter uncommitted = sink("t").open(SMALL, UpdateMode.REPLACE)) {
        uncommitted.write(new Object[] {2L, "b"});
      }

      assertThat(single(other, "SELECT current_setting('threads')")).isEqualTo(3);
    }
  }

  private static long count(Connection connection, String table) throws SQLException {
    return single(connection, "SELECT count(*) FROM " + table);
  }

  private static long single(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void tableNamesMatchWhateverTheirCase() throws Exception {
    write("Accounts", SMALL, UpdateMode.REPLACE, small(1, "a"));

    write("accounts", SMALL, UpdateMode.APPEND, small(2, "b"));

    assertThat(read("ACCOUNTS", SMALL).rows()).isEqualTo(StoredTable.rowsOf(small(1, "a", 2, "b")));
  }
}

package io.totangoconnector.sinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Runs against a real PostgreSQL named by {@code TOTANGO_TEST_POSTGRES} (for example {@code
 * postgresql://127.0.0.1:5432/test?user=postgres}); skipped when it is unset unless {@code
 * TOTANGO_TEST_POSTGRES_REQUIRED=1}. Each test works in its own schema, dropped afterwards.
 */
class PostgresSinkTest extends DatabaseSinkContractTest {
  static final String VARIABLE = "TOTANGO_TEST_POSTGRES";
  private String base;
  private String schema;
  private PostgresLocation location;

  @BeforeEach
  void findPostgres() {
    base = System.getenv(VARIABLE);
    if (base == null || base.isBlank()) {
      String how =
          "set "
              + VARIABLE
              + "=postgresql://127.0.0.1:5432/test?user=postgres to run the"
              + " PostgreSQL sink tests";
      if ("1".equals(System.getenv(VARIABLE + "_REQUIRED"))) {
        fail(VARIABLE + "_REQUIRED=1 but " + VARIABLE + " is unset: " + how);
      }
      assumeTrue(false, "PostgreSQL sink tests skipped: " + how);
    }
    schema = "tc_test_" + Long.toString(new Random().nextLong() & Long.MAX_VALUE, 36);
    location = PostgresLocation.parse(base + "#" + schema + ".t", v -> null);
  }

  @AfterEach
  void dropSchema() throws SQLException {
    if (location != null) {
      try (Connection connection = connect();
          Statement statement = connection.createStatement()) {
        statement.execute("DROP SCHEMA IF EXISTS " + Sql.ident(schema) + " CASCADE");
      }
    }
  }

  @Override
  Sink sink(String name) {
    return new DestinationParser(v -> null, new RunIds(new Random(1)), System.out)
        .parse(base + "#" + schema + "." + name);
  }

  @Override
  Connection connect() throws SQLException {
    return DriverManager.getConnection(location.jdbcUrl(), location.credentials());
  }

  @Override
  String schemaName() {
    return schema;
  }

  @Override
  JdbcReads.Timestamps timestamps() {
    return (rs, i) -> {
      OffsetDateTime value = rs.getObject(i, OffsetDateTime.class);
      return value == null ? null : value.toInstant();
    };
  }

  @Override
  List<String> expectedSampleTypes() {
    return List.of(
        "bigint",
        "text",
        "double precision",
        "boolean",
        "timestamp with time zone",
        "date",
        "jsonb",
        "bigint");
  }

  @Override
  String commentsQuery() {
    return "SELECT a.attname, col_description(a.attrelid, a.attnum) FROM pg_attribute a"
        + " WHERE a.attrelid = '"
        + ref("t").qualified().replace("'", "''")
        + "'::regclass AND a.attnum > 0 AND NOT a.attisdropped";
  }

  /**
   * A view keeps the table, so a replace empties and refills it in place; when that fails halfway
   * (here PostgreSQL refuses to change the type of a column the view reads), the emptied rows are
   * back and the view still reads them.
   */
  @Test
  void failedReplaceInPlaceLeavesTheTableAsItWas() throws SQLException {
    write("t", SMALL, UpdateMode.REPLACE, small(1, "a"));
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE VIEW " + ref("v").qualified() + " AS SELECT * FROM " + ref("t").qualified());
    }
    TableSchema idAsText =
        new TableSchema(
            List.of(
                new Column("id", ColumnType.TEXT, null), new Column("name", ColumnType.TEXT, null)),
            List.of("id"));
    Sink sink = sink("t");

    try (SinkWriter writer = sink.open(idAsText, UpdateMode.REPLACE)) {
      writer.write(new Object[] {"x", "b"});
      assertThatThrownBy(writer::commit)
          .isInstanceOf(SinkException.class)
          .hasMessageStartingWith(sink.describe() + ": replace failed: ")
          .hasMessageContaining("cannot alter type of a column used by a view or rule");
    }

    assertThat(read("t", SMALL).rows()).isEqualTo(StoredTable.rowsOf(small(1, "a")));
    assertThat(artifacts()).containsExactlyInAnyOrder("t", "v");
  }

  /** Without the claim the second run waited forever to drop the first's staging table. */
  @Test
  @Timeout(60)
  void aSecondRunIntoTheSameTableIsRefusedWhileTheFirstWrites() throws Exception {
    try (SinkWriter first = sink("t").open(SMALL, UpdateMode.REPLACE)) {
      first.write(new Object[] {1L, "a"});

      assertThatThrownBy(() -> sink("t").open(SMALL, UpdateMode.MERGE))
          .isInstanceOf(SinkException.class)
          .hasMessageContaining("another run is writing to this table right now");
      write("u", SMALL, UpdateMode.REPLACE, small(7, "other table"));

      first.commit();
    }
    write("t", SMALL, UpdateMode.APPEND, small(2, "b"));

    assertThat(read("t", SMALL).rows()).isEqualTo(StoredTable.rowsOf(small(1, "a", 2, "b")));
    assertThat(read("u", SMALL).rows()).isEqualTo(StoredTable.rowsOf(small(7, "other table")));
  }
}

package io.totangoconnector.sinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The contract for SQL destinations, plus what only they have: native types and comments. */
abstract class DatabaseSinkContractTest extends SinkContractTest {

  /** A connection for reading back; the caller closes it. */
  abstract Connection connect() throws SQLException;

  /** The schema that the test's tables live in. */
  abstract String schemaName();

  abstract JdbcReads.Timestamps timestamps();

  /** The types of {@link Samples#SCHEMA}'s columns as the catalog reports them. */
  abstract List<String> expectedSampleTypes();

  /** SQL returning (column name, comment) for a table in {@link #schemaName()}. */
  abstract String commentsQuery();

  TableRef ref(String name) {
    return new TableRef(schemaName(), name);
  }

  @Override
  StoredTable read(String name, TableSchema schema) throws SQLException {
    String order =
        IntStream.rangeClosed(1, schema.columns().size())
            .mapToObj(Integer::toString)
            .collect(Collectors.joining(", "));
    try (Connection connection = connect()) {
      return JdbcReads.read(
          connection,
          "SELECT * FROM " + ref(name).qualified() + " ORDER BY " + order,
          schema,
          timestamps());
    }
  }

  @Override
  Set<String> artifacts() throws SQLException {
    try (Connection connection = connect()) {
      return new HashSet<>(ExistingTable.tableNames(connection, schemaName()));
    }
  }

  @Override
  String artifactOf(String name) {
    return name;
  }

  @Override
  String stagingOf(String name, String runId) {
    return ref(name).staging(runId).table();
  }

  @Override
  void createArtifact(String artifact) throws SQLException {
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA IF NOT EXISTS " + Sql.ident(schemaName()));
      statement.execute("CREATE TABLE " + ref(artifact).qualified() + " (x integer)");
    }
  }

  @Test
  void columnsHaveNativeTypes() throws SQLException {
    write("t", Samples.SCHEMA, UpdateMode.REPLACE, Samples.rows());

    List<String> types = new ArrayList<>();
    try (Connection connection = connect();
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT data_type FROM information_schema.columns"
                    + " WHERE table_schema = ? AND table_name = ? ORDER BY ordinal_position")) {
      statement.setString(1, schemaName());
      statement.setString(2, "t");
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          types.add(rs.getString(1));
        }
      }
    }

    assertThat(types).isEqualTo(expectedSampleTypes());
  }

  @Test
  void commentsCarryTheDisplayNames() throws SQLException {
    write("t", Samples.SCHEMA, UpdateMode.REPLACE, Samples.rows());
    TableSchema next =
        new TableSchema(
            List.of(
                new Column("id", ColumnType.BIGINT, "Account ID"),
                new Column("new one", ColumnType.TEXT, "Brand-new 'field'")),
            List.of("id"));
    write("t", next, UpdateMode.APPEND, List.<Object[]>of(new Object[] {9L, "x"}));

    Map<String, String> comments = new LinkedHashMap<>();
    try (Connection connection = connect();
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(commentsQuery())) {
      while (rs.next()) {
        if (rs.getString(2) != null) {
          comments.put(rs.getString(1), rs.getString(2));
        }
      }
    }

    assertThat(comments)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "id", "Account ID",
                "name", "Account name",
                "seen", "Last activity",
                "details", "Health trend",
                "new one", "Brand-new 'field'"));
  }

  /**
   * People build views on the tables they sync; PostgreSQL will not drop a table a view reads, so a
   * replace that swapped tables failed there on every run.
   */
  @Test
  void aViewOnTheTableReadsTheNewRowsAfterAReplace() throws Exception {
    write("t", SMALL, UpdateMode.REPLACE, small(1, "a", 2, "b"));
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE VIEW " + ref("v").qualified() + " AS SELECT * FROM " + ref("t").qualified());
    }

    write("t", SMALL, UpdateMode.REPLACE, small(3, "c"));

    assertThat(read("t", SMALL).rows()).isEqualTo(StoredTable.rowsOf(small(3, "c")));
    try (Connection connection = connect();
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT count(*) FROM " + ref("v").qualified())) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getLong(1)).isEqualTo(1);
    }
  }

  @Test
  void appendAddsEveryRow() throws Exception {
    write("t", SMALL, UpdateMode.APPEND, small(1, "a"));
    write("t", SMALL, UpdateMode.APPEND, small(1, "a again", 2, "b"));

    assertThat(read("t", SMALL).rows())
        .isEqualTo(StoredTable.rowsOf(small(1, "a", 1, "a again", 2, "b")));
    assertThat(artifacts()).containsExactly(artifactOf("t"));
  }

  @Test
  void mergeUpsertsOnTheKeyAndTheLastRowOfAKeyWins() throws Exception {
    write("t", SMALL, UpdateMode.REPLACE, small(1, "a", 2, "b", 3, "c"));

    write("t", SMALL, UpdateMode.MERGE, small(2, "b2", 7, "g", 2, "b3"));

    assertThat(read("t", SMALL).rows())
        .isEqualTo(StoredTable.rowsOf(small(1, "a", 2, "b3", 3, "c", 7, "g")));
    assertThat(artifacts()).containsExactly(artifactOf("t"));
  }

  @Test
  void mergeIntoAMissingTableCreatesIt() throws Exception {
    write("t", SMALL, UpdateMode.MERGE, small(1, "a", 1, "a2"));

    assertThat(read("t", SMALL).rows()).isEqualTo(StoredTable.rowsOf(small(1, "a2")));
  }

  @Test
  void mergeRefusesARowWithoutAKey() throws Exception {
    write("t", SMALL, UpdateMode.REPLACE, small(1, "a"));
    Sink sink = sink("t");

    try (SinkWriter writer = sink.open(SMALL, UpdateMode.MERGE)) {
      assertThatThrownBy(() -> writer.write(new Object[] {null, "x"}))
          .hasMessage(
              sink.describe() + ": row 1 has no value in key column id, which merge needs.");
    }

    assertThat(read("t", SMALL).rows()).isEqualTo(StoredTable.rowsOf(small(1, "a")));
  }

  @Test
  void aNewColumnIsAddedAndAMissingOneGetsNull() throws Exception {
    write("t", SMALL, UpdateMode.REPLACE, small(1, "a"));
    TableSchema next =
        new TableSchema(
            List.of(
                new Column("id", ColumnType.BIGINT, null),
                new Column("rank", ColumnType.DOUBLE, "Health rank")),
            List.of("id"));

    write("t", next, UpdateMode.APPEND, List.<Object[]>of(new Object[] {2L, 0.5}));

    TableSchema stored =
        new TableSchema(
            List.of(SMALL.columns().get(0), SMALL.columns().get(1), next.columns().get(1)),
            List.of("id"));
    assertThat(read("t", stored).rows())
        .isEqualTo(List.of(Arrays.asList(1L, "a", null), Arrays.asList(2L, null, 0.5)));
  }

  @Test
  void aTypeConflictWidensTheColumnToText() throws Exception {
    TableSchema numbers =
        new TableSchema(
            List.of(
                new Column("id", ColumnType.BIGINT, null),
                new Column("n", ColumnType.BIGINT, null)),
            List.of("id"));
    TableSchema words =
        new TableSchema(
            List.of(
                new Column("id", ColumnType.TEXT, null), new Column("n", ColumnType.TEXT, null)),
            List.of("id"));
    write(
        "t",
        numbers,
        UpdateMode.REPLACE,
        List.<Object[]>of(new Object[] {1L, 42L}, new Object[] {2L, 7L}));

    write(
        "t",
        words,
        UpdateMode.MERGE,
        List.<Object[]>of(new Object[] {"2", "seven"}, new Object[] {"x", "ten"}));

    assertThat(read("t", words).rows())
        .containsExactlyInAnyOrder(
            Arrays.asList("1", "42"), Arrays.asList("2", "seven"), Arrays.asList("x", "ten"));
  }
}

package io.totangoconnector.sinks;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
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
}

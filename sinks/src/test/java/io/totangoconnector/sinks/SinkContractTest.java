package io.totangoconnector.sinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every destination must do; one subclass per destination. */
abstract class SinkContractTest {
  static final TableSchema SMALL =
      new TableSchema(
          List.of(
              new Column("id", ColumnType.BIGINT, null), new Column("name", ColumnType.TEXT, null)),
          List.of("id"));

  /** The sink for the table or file called {@code name}; the same name is the same destination. */
  abstract Sink sink(String name);

  /** Reads the destination back; {@code schema} lists its stored columns in order. */
  abstract StoredTable read(String name, TableSchema schema) throws Exception;

  /** What lives beside the destination: tables in its schema, or files in its directory. */
  abstract Set<String> artifacts() throws Exception;

  /** The artifact that is the destination {@code name} itself. */
  abstract String artifactOf(String name);

  /** What a run with {@code runId} into {@code name} stages into (a table or temporary file). */
  abstract String stagingOf(String name, String runId);

  /** Creates an artifact as a crashed run would have left it. */
  abstract void createArtifact(String artifact) throws Exception;

  @Test
  void rowsComeBackWithTheirTypes() throws Exception {
    write("t", Samples.SCHEMA, UpdateMode.REPLACE, Samples.rows());

    StoredTable stored = read("t", Samples.SCHEMA);

    assertThat(stored.names())
        .containsExactly("id", "name", "score", "active", "seen", "day", "details", "big");
    assertThat(stored.comparable(Samples.SCHEMA))
        .isEqualTo(StoredTable.comparable(Samples.SCHEMA, StoredTable.rowsOf(Samples.rows())));
  }

  @Test
  void awkwardColumnNamesAreKept() throws Exception {
    List<String> names = List.of("Health rank", "Customer \"Tier\"", "Größe", "名前", "it's", "a.b");
    List<Column> columns = new ArrayList<>();
    for (String name : names) {
      columns.add(new Column(name, ColumnType.TEXT, name + " (display)"));
    }
    TableSchema schema = new TableSchema(columns, List.of());
    List<Object[]> rows = List.<Object[]>of(new Object[] {"1", "gold", "XL", "山田", "o'k", "x"});

    write("t", schema, UpdateMode.REPLACE, rows);

    StoredTable stored = read("t", schema);
    assertThat(stored.names()).isEqualTo(names);
    assertThat(stored.rows()).isEqualTo(StoredTable.rowsOf(rows));
  }

  @Test
  void replaceSwapsEveryRow() throws Exception {
    write("t", SMALL, UpdateMode.REPLACE, small(1, "a", 2, "b"));
    write("t", SMALL, UpdateMode.REPLACE, small(3, "c"));

    assertThat(read("t", SMALL).rows()).isEqualTo(StoredTable.rowsOf(small(3, "c")));
    assertThat(artifacts()).containsExactly(artifactOf("t"));
  }

  @Test
  void uncommittedRunLeavesTheDestinationAsItWas() throws Exception {
    write("t", SMALL, UpdateMode.REPLACE, small(1, "a"));

    try (SinkWriter writer = sink("t").open(SMALL, UpdateMode.REPLACE)) {
      writer.write(new Object[] {9L, "new"});
      assertThat(writer.rowsWritten()).isEqualTo(1);
    }

    assertThat(read("t", SMALL).rows()).isEqualTo(StoredTable.rowsOf(small(1, "a")));
    assertThat(artifacts()).containsExactly(artifactOf("t"));
  }

  @Test
  void valueOfTheWrongTypeFailsTheRunCleanly() throws Exception {
    write("t", SMALL, UpdateMode.REPLACE, small(1, "a"));
    Sink sink = sink("t");

    try (SinkWriter writer = sink.open(SMALL, UpdateMode.REPLACE)) {
      writer.write(new Object[] {2L, "b"});
      assertThatThrownBy(() -> writer.write(new Object[] {"3", "c"}))
          .isInstanceOf(SinkException.class)
          .hasMessage(
              sink.describe() + ": row 2, column id (BIGINT) holds a String; expected a Long.");
      assertThatThrownBy(writer::commit).hasMessage(sink.describe() + ": this write has failed.");
    }

    assertThat(read("t", SMALL).rows()).isEqualTo(StoredTable.rowsOf(small(1, "a")));
    assertThat(artifacts()).containsExactly(artifactOf("t"));
  }

  @Test
  void leftoversOfACrashedRunAreRemoved() throws Exception {
    String stale = stagingOf("t", "0123456789");
    String othersStaging = stagingOf("t2", "0123456789");
    createArtifact(stale);
    createArtifact(othersStaging);

    write("t", SMALL, UpdateMode.REPLACE, small(1, "a"));

    assertThat(artifacts()).containsExactlyInAnyOrder(artifactOf("t"), othersStaging);
  }

  void write(String name, TableSchema schema, UpdateMode mode, List<Object[]> rows) {
    try (SinkWriter writer = sink(name).open(schema, mode)) {
      for (Object[] row : rows) {
        writer.write(row);
      }
      writer.commit();
      assertThat(writer.rowsWritten()).isEqualTo(rows.size());
    }
  }

  /** Rows of {@link #SMALL} from alternating ids and names. */
  static List<Object[]> small(Object... idsAndNames) {
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < idsAndNames.length; i += 2) {
      rows.add(new Object[] {((Integer) idsAndNames[i]).longValue(), idsAndNames[i + 1]});
    }
    return rows;
  }
}

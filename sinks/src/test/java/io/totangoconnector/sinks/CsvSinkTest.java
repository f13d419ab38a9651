package io.totangoconnector.sinks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CsvSinkTest extends FileSinkContractTest {

  @Override
  String scheme() {
    return "csv";
  }

  // DuckDB reads the file back; the header comes separately because `columns` renames.
  @Override
  StoredTable read(String name, TableSchema schema) throws Exception {
    String file = Sql.literal(file(name).toString());
    String dialect = "delim=',', quote='\"', escape='\"', allow_quoted_nulls=false";
    try (Connection connection = duckDb()) {
      StoredTable header =
          JdbcReads.read(
              connection,
              "SELECT * FROM read_csv("
                  + file
                  + ", header=false, all_varchar=true, "
                  + dialect
                  + ") LIMIT 1",
              textual(schema),
              DUCKDB_TIMESTAMPS);
      String columns =
          schema.columns().stream()
              .map(c -> Sql.literal(c.name()) + ": " + Sql.literal(csvType(c.type())))
              .collect(Collectors.joining(", ", "{", "}"));
      StoredTable rows =
          JdbcReads.read(
              connection,
              "SELECT * FROM read_csv("
                  + file
                  + ", header=true, columns="
                  + columns
                  + ", "
                  + dialect
                  + ")",
              schema,
              DUCKDB_TIMESTAMPS);
      return new StoredTable(
          header.rows().get(0).stream().map(String.class::cast).toList(), rows.rows());
    }
  }

  private static String csvType(ColumnType type) {
    return type == ColumnType.JSON ? "VARCHAR" : new DuckDbDialect().typeName(type);
  }

  /** The header row read as text, under DuckDB's generated names. */
  private static TableSchema textual(TableSchema schema) {
    List<Column> columns =
        java.util.stream.IntStream.range(0, schema.columns().size())
            .mapToObj(i -> new Column("column" + i, ColumnType.TEXT, null))
            .toList();
    return new TableSchema(columns, List.of());
  }

  @Test
  void fileIsRfc4180WithCrlfAndQuotesOnlyWhereNeeded() throws Exception {
    TableSchema schema =
        new TableSchema(
            List.of(
                new Column("id", ColumnType.BIGINT, null),
                new Column("say \"hi\"", ColumnType.TEXT, null),
                new Column("when", ColumnType.TIMESTAMP, null)),
            List.of());
    write(
        "t",
        schema,
        UpdateMode.REPLACE,
        List.of(
            new Object[] {1L, "a,b", java.time.Instant.ofEpochMilli(1_700_000_000_123L)},
            new Object[] {2L, "", null},
            new Object[] {null, "line\nbreak", null}));

    byte[] bytes = Files.readAllBytes(file("t"));

    assertThat(new String(bytes, StandardCharsets.UTF_8))
        .isEqualTo(
            "id,\"say \"\"hi\"\"\",when\r\n"
                + "1,\"a,b\",2023-11-14T22:13:20.123Z\r\n"
                + "2,\"\",\r\n"
                + ",\"line\nbreak\",\r\n");
    assertThat(bytes[0]).isEqualTo((byte) 'i');
  }
}

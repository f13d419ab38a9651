package io.totangoconnector.sinks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Rows that exercise every type, nulls and awkward text. */
final class Samples {
  static final TableSchema SCHEMA =
      new TableSchema(
          List.of(
              new Column("id", ColumnType.BIGINT, "Account ID"),
              new Column("name", ColumnType.TEXT, "Account name"),
              new Column("score", ColumnType.DOUBLE, null),
              new Column("active", ColumnType.BOOLEAN, null),
              new Column("seen", ColumnType.TIMESTAMP, "Last activity"),
              new Column("day", ColumnType.DATE, null),
              new Column("details", ColumnType.JSON, "Health trend"),
              new Column("big", ColumnType.BIGINT, null)),
          List.of("id"));

  static final String TRICKY = "comma, \"quote\"\nnew line\r\nCRLF\ttab";

  static List<Object[]> rows() {
    return List.of(
        new Object[] {
          1L,
          "plain",
          36609.0,
          true,
          Instant.ofEpochMilli(1_700_000_000_123L),
          LocalDate.of(2024, 2, 29),
          "{\"a\":[1,2],\"b\":{\"c\":\"x\"}}",
          Long.MAX_VALUE
        },
        new Object[] {
          2L,
          TRICKY,
          -0.0909,
          false,
          Instant.parse("1969-07-20T20:17:40.500Z"),
          LocalDate.of(1999, 12, 31),
          "[1,\"two\",{\"three\":3.5},null]",
          Long.MIN_VALUE
        },
        new Object[] {3L, null, null, null, null, null, null, null},
        new Object[] {
          4L,
          "",
          0.0,
          true,
          Instant.parse("2024-01-01T00:00:00Z"),
          LocalDate.of(1970, 1, 1),
          "{}",
          0L
        },
        new Object[] {
          5L,
          "<script>alert('x')</script> Größe 名前 😀",
          1.0E10,
          false,
          Instant.parse("2030-06-15T12:34:56.789Z"),
          LocalDate.of(2030, 6, 15),
          "{\"s\":\"line\\nbreak \\\"q\\\" <b>\",\"u\":\"名前\"}",
          -1L
        },
        new Object[] {
          6L, "\\. backslash \\N", -2.5, null, null, LocalDate.of(2000, 1, 1), "[]", 42L
        });
  }

  private Samples() {}
}

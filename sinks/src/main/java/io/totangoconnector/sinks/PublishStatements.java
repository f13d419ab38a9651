package io.totangoconnector.sinks;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The SQL that publishes a staging table into its target; run in one transaction by {@link
 * JdbcTableWriter}. Plain SQL that DuckDB and PostgreSQL both accept.
 */
final class PublishStatements {
  private final SqlDialect dialect;
  private final TableRef target;
  private final TableRef staging;
  private final TableSchema schema;

  PublishStatements(SqlDialect dialect, TableRef target, TableRef staging, TableSchema schema) {
    this.dialect = dialect;
    this.target = target;
    this.staging = staging;
    this.schema = schema;
  }

  String createTable(TableRef ref, String kind) {
    String columns =
        schema.columns().stream()
            .map(c -> Sql.ident(c.name()) + " " + dialect.typeName(c.type()))
            .collect(Collectors.joining(", "));
    return "CREATE " + kind + " " + ref.qualified() + " (" + columns + ")";
  }

  /** The staging table becomes the target. */
  List<String> replace() {
    List<String> sql = new ArrayList<>();
    sql.add("DROP TABLE IF EXISTS " + target.qualified());
    sql.add("ALTER TABLE " + staging.qualified() + " RENAME TO " + Sql.ident(target.table()));
    sql.addAll(comments());
    return sql;
  }

  /**
   * The target keeps its identity, for the views that read it: emptied, brought to the new columns
   * (a column the query no longer has stays, empty), and filled from the staging table.
   */
  List<String> replaceInPlace(ExistingTable existing) {
    List<String> sql = new ArrayList<>();
    sql.add("TRUNCATE TABLE " + target.qualified());
    sql.addAll(prepareTarget(existing));
    sql.add(insertFrom(staging.qualified() + " AS s", existing));
    sql.add("DROP TABLE " + staging.qualified());
    return sql;
  }

  /** The staged rows are added; {@code existing} is null when the target does not exist yet. */
  List<String> append(ExistingTable existing) {
    List<String> sql = prepareTarget(existing);
    sql.add(insertFrom(staging.qualified() + " AS s", existing));
    sql.add("DROP TABLE " + staging.qualified());
    return sql;
  }

  /**
   * Rows whose key matches a staged row are deleted, then the staged rows inserted (the last staged
   * row per key wins). Works without a unique constraint, which in DuckDB would block the column
   * type changes of schema evolution.
   */
  List<String> merge(ExistingTable existing) {
    List<String> sql = prepareTarget(existing);
    if (existing != null) {
      sql.add(deleteMatching(existing));
    }
    sql.add(insertFrom(lastRowPerKey(), existing));
    sql.add("DROP TABLE " + staging.qualified());
    return sql;
  }

  private List<String> prepareTarget(ExistingTable existing) {
    List<String> sql = new ArrayList<>();
    if (existing == null) {
      sql.add(createTable(target, "TABLE"));
    } else {
      sql.addAll(new SchemaEvolution(dialect, target, schema).statements(existing));
    }
    sql.addAll(comments());
    return sql;
  }

  private String insertFrom(String source, ExistingTable existing) {
    String names = Sql.identList(columnNames());
    String values =
        schema.columns().stream().map(c -> staged(c, existing)).collect(Collectors.joining(", "));
    return "INSERT INTO "
        + target.qualified()
        + " ("
        + names
        + ") SELECT "
        + values
        + " FROM "
        + source;
  }

  private String lastRowPerKey() {
    return "(SELECT *, row_number() OVER (PARTITION BY "
        + Sql.identList(schema.keyColumns())
        + " ORDER BY "
        + dialect.rowOrder()
        + " DESC) AS __tc_rn FROM "
        + staging.qualified()
        + ") AS s WHERE __tc_rn = 1";
  }

  private String deleteMatching(ExistingTable existing) {
    String match =
        schema.keyColumns().stream()
            .map(k -> "t." + Sql.ident(k) + " = " + staged(column(k), existing))
            .collect(Collectors.joining(" AND "));
    return "DELETE FROM "
        + target.qualified()
        + " AS t WHERE EXISTS (SELECT 1 FROM "
        + staging.qualified()
        + " AS s WHERE "
        + match
        + ")";
  }

  // A staged value, cast to text where the target's column is (or was just widened to) text.
  private String staged(Column column, ExistingTable existing) {
    String expr = "s." + Sql.ident(column.name());
    String current = existing == null ? null : existing.typeOf(column.name());
    boolean same = current == null || current.equalsIgnoreCase(dialect.typeName(column.type()));
    return same ? expr : "CAST(" + expr + " AS " + dialect.typeName(ColumnType.TEXT) + ")";
  }

  private Column column(String name) {
    return schema.columns().get(schema.indexOf(name));
  }

  private List<String> comments() {
    List<String> sql = new ArrayList<>();
    for (Column column : schema.columns()) {
      if (column.comment() != null) {
        sql.add(
            "COMMENT ON COLUMN "
                + target.qualified()
                + "."
                + Sql.ident(column.name())
                + " IS "
                + Sql.literal(column.comment()));
      }
    }
    return sql;
  }

  private List<String> columnNames() {
    return schema.columns().stream().map(Column::name).collect(Collectors.toList());
  }
}

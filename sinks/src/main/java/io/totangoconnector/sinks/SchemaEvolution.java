package io.totangoconnector.sinks;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes an existing table able to take a run's rows: a new column is added; a column whose type
 * differs is widened to text. Columns the run does not have are left alone (they get NULL).
 */
final class SchemaEvolution {
  private final SqlDialect dialect;
  private final TableRef target;
  private final TableSchema schema;

  SchemaEvolution(SqlDialect dialect, TableRef target, TableSchema schema) {
    this.dialect = dialect;
    this.target = target;
    this.schema = schema;
  }

  List<String> statements(ExistingTable existing) {
    String text = dialect.typeName(ColumnType.TEXT);
    List<String> sql = new ArrayList<>();
    for (Column column : schema.columns()) {
      String wanted = dialect.typeName(column.type());
      String current = existing.typeOf(column.name());
      String name = Sql.ident(column.name());
      if (current == null) {
        sql.add("ALTER TABLE " + target.qualified() + " ADD COLUMN " + name + " " + wanted);
      } else if (!current.equalsIgnoreCase(wanted) && !current.equalsIgnoreCase(text)) {
        sql.add(
            "ALTER TABLE "
                + target.qualified()
                + " ALTER COLUMN "
                + name
                + " TYPE "
                + text
                + " USING CAST("
                + name
                + " AS "
                + text
                + ")");
      }
    }
    return sql;
  }
}

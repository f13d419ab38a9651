package io.totangoconnector.core;

import io.totangoconnector.client.Report;
import io.totangoconnector.client.query.FieldSpec;
import io.totangoconnector.client.query.ValueKind;
import io.totangoconnector.sinks.Column;
import io.totangoconnector.sinks.ColumnType;
import io.totangoconnector.sinks.TableSchema;
import java.util.ArrayList;
import java.util.List;

/**
 * The table one report and query produce: the report's fixed columns, one column per requested
 * field in order, then the batch columns. Depends only on the report and the query, so names and
 * types are the same on every run of the same query.
 */
public final class TableLayout {
  public static final String BATCH_ID = "_batch_id";
  public static final String BATCH_LAST_RUN = "_batch_last_run";

  private final Report report;
  private final TableSchema schema;
  private final int fixedColumns;

  private TableLayout(Report report, TableSchema schema, int fixedColumns) {
    this.report = report;
    this.schema = schema;
    this.fixedColumns = fixedColumns;
  }

  /** The layout for {@code fields} (a query's columns) on {@code report}. */
  public static TableLayout of(Report report, List<FieldSpec> fields) {
    List<Column> columns = new ArrayList<>(fixedColumns(report));
    ColumnNamer namer = new ColumnNamer();
    columns.forEach(c -> namer.reserve(c.name()));
    namer.reserve(BATCH_ID);
    namer.reserve(BATCH_LAST_RUN);
    int fixed = columns.size();
    for (int i = 0; i < fields.size(); i++) {
      columns.add(fieldColumn(namer, fields.get(i), i));
    }
    columns.add(new Column(BATCH_ID, ColumnType.TEXT, "the run that wrote this row"));
    columns.add(new Column(BATCH_LAST_RUN, ColumnType.TIMESTAMP, "when that run started (UTC)"));
    List<String> key =
        report == Report.USERS ? List.of("user_id", "account_id") : List.of("account_id");
    return new TableLayout(report, new TableSchema(columns, key), fixed);
  }

  public Report report() {
    return report;
  }

  public TableSchema schema() {
    return schema;
  }

  /** How many columns precede the requested fields. */
  int fixedColumns() {
    return fixedColumns;
  }

  private static List<Column> fixedColumns(Report report) {
    if (report == Report.ACCOUNTS) {
      return List.of(
          new Column("account_id", ColumnType.TEXT, "Totango account id"),
          new Column("account_name", ColumnType.TEXT, "account display name"),
          new Column("last_activity_time", ColumnType.TIMESTAMP, "last activity (UTC)"));
    }
    return List.of(
        new Column("user_id", ColumnType.TEXT, "Totango user id"),
        new Column("user_name", ColumnType.TEXT, "user display name"),
        new Column("account_id", ColumnType.TEXT, "the user's account id"),
        new Column("account_name", ColumnType.TEXT, "the user's account display name"),
        new Column("first_activity_time", ColumnType.TIMESTAMP, "first activity (UTC)"),
        new Column("last_activity_time", ColumnType.TIMESTAMP, "last activity (UTC)"));
  }

  private static Column fieldColumn(ColumnNamer namer, FieldSpec field, int index) {
    String label = field.label().trim();
    String name = field.parentAccount() ? accountPrefixed(label) : label;
    String fallback = (field.parentAccount() ? "account_field_" : "field_") + (index + 1);
    return new Column(namer.name(name, fallback), columnType(field.kind()), label);
  }

  /** Parent-account fields sit beside the user's own: the prefix tells them apart. */
  private static String accountPrefixed(String label) {
    return ColumnNamer.safe(label).startsWith("account") ? label : "account " + label;
  }

  static ColumnType columnType(ValueKind kind) {
    return switch (kind) {
      case TEXT -> ColumnType.TEXT;
      case INTEGER -> ColumnType.BIGINT;
      case NUMBER -> ColumnType.DOUBLE;
      case BOOLEAN -> ColumnType.BOOLEAN;
      case EPOCH_MILLIS -> ColumnType.TIMESTAMP;
      case ISO_DATE -> ColumnType.DATE;
      case JSON -> ColumnType.JSON;
    };
  }
}

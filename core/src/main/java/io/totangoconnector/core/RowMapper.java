package io.totangoconnector.core;

import io.totangoconnector.client.Hit;
import io.totangoconnector.client.JsonText;
import io.totangoconnector.client.Report;
import io.totangoconnector.sinks.Column;
import io.totangoconnector.sinks.ColumnType;
import java.time.Instant;
import java.util.List;

/**
 * Turns a {@link Hit} into a row of its {@link TableLayout}. Reuses one array, so a row must be
 * consumed before the next is mapped. Not thread-safe.
 */
final class RowMapper {
  private final TableLayout layout;
  private final String batchId;
  private final Instant batchStart;
  private final Object[] row;
  private final boolean[] timestampField;

  RowMapper(TableLayout layout, String batchId, Instant batchStart) {
    this.layout = layout;
    this.batchId = batchId;
    this.batchStart = batchStart;
    List<Column> columns = layout.schema().columns();
    this.row = new Object[columns.size()];
    this.timestampField = new boolean[columns.size() - layout.fixedColumns() - 2];
    for (int f = 0; f < timestampField.length; f++) {
      timestampField[f] = columns.get(layout.fixedColumns() + f).type() == ColumnType.TIMESTAMP;
    }
  }

  Object[] map(Hit hit) {
    int i = 0;
    row[i++] = hit.id();
    row[i++] = hit.name();
    if (layout.report() == Report.USERS) {
      row[i++] = hit.accountId();
      row[i++] = hit.accountName();
      row[i++] = instant(hit.firstActivityTime());
    }
    row[i++] = instant(hit.lastActivityTime());
    Object[] values = hit.values();
    for (int f = 0; f < timestampField.length; f++) {
      row[i++] = columnValue(values[f], timestampField[f]);
    }
    row[i++] = batchId;
    row[i] = batchStart;
    return row;
  }

  private static Object columnValue(Object value, boolean timestamp) {
    if (value instanceof JsonText json) {
      return json.json();
    }
    if (timestamp && value instanceof Long millis) {
      return Instant.ofEpochMilli(millis);
    }
    return value;
  }

  private static Instant instant(Long epochMillis) {
    return epochMillis == null ? null : Instant.ofEpochMilli(epochMillis);
  }
}

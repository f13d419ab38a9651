package io.totangoconnector.sinks;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The columns of a table, in order, and the natural key that {@link UpdateMode#MERGE} upserts on.
 *
 * @param columns at least one, names unique (case-insensitively, since most destinations fold case)
 * @param keyColumns names of columns in {@code columns}; empty when the table has no natural key
 */
public record TableSchema(List<Column> columns, List<String> keyColumns) {
  public TableSchema {
    columns = List.copyOf(columns);
    keyColumns = List.copyOf(keyColumns);
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("a table needs at least one column");
    }
    Set<String> seen = new HashSet<>();
    for (Column c : columns) {
      if (!seen.add(c.name().toLowerCase(java.util.Locale.ROOT))) {
        throw new IllegalArgumentException("duplicate column name: " + c.name());
      }
    }
    for (String k : keyColumns) {
      if (indexOf(columns, k) < 0) {
        throw new IllegalArgumentException("key column " + k + " is not a column");
      }
    }
  }

  /** Returns the position of the named column, or -1. */
  public int indexOf(String name) {
    return indexOf(columns, name);
  }

  private static int indexOf(List<Column> columns, String name) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }
}

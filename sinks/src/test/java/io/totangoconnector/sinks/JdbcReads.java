package io.totangoconnector.sinks;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads a query's result as a {@link StoredTable}, each column as its schema type's Java type. */
final class JdbcReads {
  /** How a database hands back a stored timestamp. */
  interface Timestamps {
    Instant read(ResultSet rs, int column) throws SQLException;
  }

  private JdbcReads() {}

  static StoredTable read(
      java.sql.Connection connection, String sql, TableSchema schema, Timestamps timestamps)
      throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      ResultSetMetaData meta = rs.getMetaData();
      List<String> names = new ArrayList<>();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        names.add(meta.getColumnName(i));
      }
      List<List<Object>> rows = new ArrayList<>();
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= names.size(); i++) {
          ColumnType type = schema.columns().get(schema.indexOf(names.get(i - 1))).type();
          row.add(value(rs, i, type, timestamps));
        }
        rows.add(row);
      }
      return new StoredTable(names, rows);
    }
  }

  private static Object value(ResultSet rs, int i, ColumnType type, Timestamps timestamps)
      throws SQLException {
    Object value =
        switch (type) {
          case TEXT, JSON -> rs.getString(i);
          case BIGINT -> rs.getLong(i);
          case DOUBLE -> rs.getDouble(i);
          case BOOLEAN -> rs.getBoolean(i);
          case TIMESTAMP -> timestamps.read(rs, i);
          case DATE -> rs.getObject(i, LocalDate.class);
        };
    return rs.wasNull() ? null : value;
  }
}

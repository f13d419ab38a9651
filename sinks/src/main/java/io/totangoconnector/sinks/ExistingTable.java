package io.totangoconnector.sinks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns a table already has, read from {@code information_schema} (both databases have it).
 */
final class ExistingTable {
  private final Map<String, String> types = new HashMap<>();
  private final boolean foldCase;

  private ExistingTable(boolean foldCase) {
    this.foldCase = foldCase;
  }

  /** Returns the table's columns, or null when the table does not exist. */
  static ExistingTable read(Connection connection, TableRef ref, boolean foldCase)
      throws SQLException {
    // Where identifiers fold case, "Accounts" and "accounts" are the same table.
    String match = foldCase ? "lower(%s) = lower(?)" : "%s = ?";
    String sql =
        "SELECT column_name, data_type FROM information_schema.columns WHERE "
            + String.format(match, "table_schema")
            + " AND "
            + String.format(match, "table_name");
    ExistingTable table = new ExistingTable(foldCase);
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, ref.schema());
      statement.setString(2, ref.table());
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          table.types.put(table.key(rs.getString(1)), rs.getString(2));
        }
      }
    }
    return table.types.isEmpty() ? null : table;
  }

  /** Names of the tables in a schema. */
  static List<String> tableNames(Connection connection, String schema) throws SQLException {
    String sql = "SELECT table_name FROM information_schema.tables WHERE table_schema = ?";
    List<String> names = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, schema);
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
    }
    return names;
  }

  /** The column's type as the catalog spells it, or null if the table has no such column. */
  String typeOf(String column) {
    return types.get(key(column));
  }

  private String key(String name) {
    return foldCase ? name.toLowerCase(Locale.ROOT) : name;
  }
}

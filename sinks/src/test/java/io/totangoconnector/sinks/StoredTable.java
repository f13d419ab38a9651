package io.totangoconnector.sinks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** A table as read back from a destination: column names and rows of Java values. */
record StoredTable(List<String> names, List<List<Object>> rows) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The rows with JSON columns parsed, so formatting and key order do not matter. */
  List<List<Object>> comparable(TableSchema schema) {
    return comparable(schema, rows);
  }

  static List<List<Object>> comparable(TableSchema schema, List<List<Object>> rows) {
    List<List<Object>> result = new ArrayList<>();
    for (List<Object> row : rows) {
      List<Object> copy = new ArrayList<>(row);
      for (int i = 0; i < copy.size(); i++) {
        if (schema.columns().get(i).type() == ColumnType.JSON && copy.get(i) != null) {
          copy.set(i, parse((String) copy.get(i)));
        }
      }
      result.add(copy);
    }
    return result;
  }

  static List<List<Object>> rowsOf(List<Object[]> arrays) {
    List<List<Object>> rows = new ArrayList<>();
    for (Object[] array : arrays) {
      rows.add(java.util.Arrays.asList(array.clone()));
    }
    return rows;
  }

  private static Object parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}

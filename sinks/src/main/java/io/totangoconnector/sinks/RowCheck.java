package io.totangoconnector.sinks;

import java.time.Instant;
import java.time.LocalDate;

/** Checks a row against its schema before any of it is staged, so a bad row stages nothing. */
final class RowCheck {
  private RowCheck() {}

  static Class<?> javaType(ColumnType type) {
    return switch (type) {
      case TEXT, JSON -> String.class;
      case BIGINT -> Long.class;
      case DOUBLE -> Double.class;
      case BOOLEAN -> Boolean.class;
      case TIMESTAMP -> Instant.class;
      case DATE -> LocalDate.class;
    };
  }

  /**
   * @param rowNumber 1-based, for the message
   * @throws SinkException naming the destination, row and column, if a value has the wrong type or
   *     the row the wrong length
   */
  static void check(String destination, TableSchema schema, Object[] values, long rowNumber) {
    if (values.length != schema.columns().size()) {
      throw new SinkException(
          String.format(
              "%s: row %d has %d values but the table has %d columns.",
              destination, rowNumber, values.length, schema.columns().size()));
    }
    for (int i = 0; i < values.length; i++) {
      Column column = schema.columns().get(i);
      Class<?> expected = javaType(column.type());
      if (values[i] != null && !expected.isInstance(values[i])) {
        throw new SinkException(
            String.format(
                "%s: row %d, column %s (%s) holds a %s; expected a %s.",
                destination,
                rowNumber,
                column.name(),
                column.type(),
                values[i].getClass().getSimpleName(),
                expected.getSimpleName()));
      }
    }
  }

  /** A merge matches rows on their key, so a key value must be present. */
  static void checkKeys(String destination, TableSchema schema, Object[] values, long rowNumber) {
    for (String key : schema.keyColumns()) {
      if (values[schema.indexOf(key)] == null) {
        throw new SinkException(
            String.format(
                "%s: row %d has no value in key column %s, which merge needs.",
                destination, rowNumber, key));
      }
    }
  }
}

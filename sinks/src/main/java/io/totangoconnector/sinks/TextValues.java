package io.totangoconnector.sinks;

/** The text form of a non-null value: ISO-8601 for times (UTC, {@code Z}) and dates. */
final class TextValues {
  private TextValues() {}

  static String format(ColumnType type, Object value) {
    return switch (type) {
      case TEXT, JSON -> (String) value;
      // Instant, LocalDate, Long, Double and Boolean all print in a form every reader parses.
      case BIGINT, DOUBLE, BOOLEAN, TIMESTAMP, DATE -> value.toString();
    };
  }
}

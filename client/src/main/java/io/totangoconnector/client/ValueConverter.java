package io.totangoconnector.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.totangoconnector.client.query.ValueKind;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Turns one {@code selected_fields} value into the Java type of its column's {@link ValueKind}. */
final class ValueConverter {
  /** Returned for a value that does not fit its kind; the caller stores null and counts it. */
  static final Object MISMATCH = new Object();

  /** {@code 2024-03-01}, optionally followed by the time part of an ISO date-time. */
  private static final Pattern ISO_DATE_START = Pattern.compile("\\d{4}-\\d{2}-\\d{2}([T ].*)?");

  private ValueConverter() {}

  /** The converted value, null for a JSON null, or {@link #MISMATCH}. */
  static Object convert(JsonNode node, ValueKind kind) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    return switch (kind) {
      case TEXT -> node.isContainerNode() ? node.toString() : node.asText();
      case INTEGER, EPOCH_MILLIS -> wholeNumber(node);
      case NUMBER -> node.isNumber() ? (Object) node.doubleValue() : MISMATCH;
      case BOOLEAN -> node.isBoolean() ? (Object) node.booleanValue() : MISMATCH;
      case ISO_DATE -> isoDate(node);
      case JSON -> new JsonText(node.toString());
    };
  }

  /** An object or array, already in its compact text: only text and JSON columns take one. */
  static Object convertStructure(JsonText json, ValueKind kind) {
    return switch (kind) {
      case TEXT -> json.json();
      case JSON -> json;
      default -> MISMATCH;
    };
  }

  private static Object wholeNumber(JsonNode node) {
    if (node.isIntegralNumber()) {
      return node.canConvertToLong() ? (Object) node.longValue() : MISMATCH;
    }
    if (node.isFloatingPointNumber()) {
      double d = node.doubleValue();
      // 1.0E15 is how some services write an integer; 1.5 is not an integer.
      boolean whole = d == Math.rint(d) && Math.abs(d) < 0x1p63;
      return whole ? (Object) (long) d : MISMATCH;
    }
    return MISMATCH;
  }

  /** {@code dddd-dd-dd} with a month and day in range. */
  private static boolean plainDate(String s) {
    for (int i = 0; i < 10; i++) {
      char c = s.charAt(i);
      if (i == 4 || i == 7 ? c != '-' : c < '0' || c > '9') {
        return false;
      }
    }
    int month = digits(s, 5, 7);
    int day = digits(s, 8, 10);
    return month >= 1
        && month <= 12
        && day >= 1
        && day <= YearMonth.of(digits(s, 0, 4), month).lengthOfMonth();
  }

  private static int digits(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + (s.charAt(i) - '0');
    }
    return n;
  }

  private static Object isoDate(JsonNode node) {
    String text = node.isTextual() ? node.textValue().trim() : "";
    if (text.length() == 10 && plainDate(text)) {
      // the usual form, read without the regex and the formatter, which cost more than the rest
      return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
    }
    if (!ISO_DATE_START.matcher(text).matches()) {
      return MISMATCH;
    }
    try {
      return LocalDate.parse(text.substring(0, 10));
    } catch (DateTimeParseException e) {
      return MISMATCH;
    }
  }
}

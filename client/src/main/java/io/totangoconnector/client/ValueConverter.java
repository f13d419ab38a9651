package io.totangoconnector.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.totangoconnector.client.query.ValueKind;
import java.time.LocalDate;
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

  private static Object isoDate(JsonNode node) {
    String text = node.isTextual() ? node.textValue().trim() : "";
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

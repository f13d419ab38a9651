package io.totangoconnector.client;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.NumberOutput;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.totangoconnector.client.query.ValueKind;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Turns one {@code selected_fields} value into the Java type of its column's {@link ValueKind}:
 * from a node, or straight from the parser's current token, with the same result either way.
 */
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

  /**
   * The parser's current value converted as {@link #convert(JsonNode, ValueKind)} converts its
   * node. Scalars, nearly every value, skip the node: building one per value cost more than the
   * conversion. An object or array is read whole (callers that keep it copy it as text instead).
   */
  static Object convertCurrent(JsonParser p, ValueKind kind) throws IOException {
    if (kind == ValueKind.JSON) {
      return convert(currentNode(p), kind);
    }
    return switch (p.currentToken()) {
      case VALUE_NULL -> null;
      case VALUE_STRING -> fromText(p.getText(), kind);
      case VALUE_NUMBER_INT ->
          p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
              ? convert(currentNode(p), kind)
              : fromLong(p.getLongValue(), kind);
      case VALUE_NUMBER_FLOAT -> fromDouble(p.getDoubleValue(), kind);
      case VALUE_TRUE -> fromBoolean(true, kind);
      case VALUE_FALSE -> fromBoolean(false, kind);
      default -> convert(currentNode(p), kind);
    };
  }

  /** The current value as a node: scalars made directly, objects and arrays read as a tree. */
  static JsonNode currentNode(JsonParser p) throws IOException {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    return switch (p.currentToken()) {
      case VALUE_STRING -> nodes.textNode(p.getText());
      case VALUE_NUMBER_INT ->
          p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
              ? nodes.numberNode(p.getBigIntegerValue())
              : nodes.numberNode(p.getLongValue());
      case VALUE_NUMBER_FLOAT -> nodes.numberNode(p.getDoubleValue());
      case VALUE_TRUE -> nodes.booleanNode(true);
      case VALUE_FALSE -> nodes.booleanNode(false);
      case VALUE_NULL -> nodes.nullNode();
      default -> p.readValueAsTree();
    };
  }

  private static Object fromText(String text, ValueKind kind) {
    return switch (kind) {
      case TEXT -> text;
      case ISO_DATE -> isoDate(text);
      default -> MISMATCH;
    };
  }

  private static Object fromLong(long value, ValueKind kind) {
    return switch (kind) {
      case TEXT -> Long.toString(value);
      case INTEGER, EPOCH_MILLIS -> value;
      case NUMBER -> (double) value;
      default -> MISMATCH;
    };
  }

  private static Object fromDouble(double value, ValueKind kind) {
    return switch (kind) {
      case TEXT -> NumberOutput.toString(value);
      case INTEGER, EPOCH_MILLIS -> wholeNumber(value);
      case NUMBER -> value;
      default -> MISMATCH;
    };
  }

  private static Object fromBoolean(boolean value, ValueKind kind) {
    return switch (kind) {
      case TEXT -> Boolean.toString(value);
      case BOOLEAN -> value;
      default -> MISMATCH;
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
    return node.isFloatingPointNumber() ? wholeNumber(node.doubleValue()) : MISMATCH;
  }

  private static Object wholeNumber(double d) {
    // 1.0E15 is how some services write an integer; 1.5 is not an integer.
    boolean whole = d == Math.rint(d) && Math.abs(d) < 0x1p63;
    return whole ? (Object) (long) d : MISMATCH;
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
    return node.isTextual() ? isoDate(node.textValue()) : MISMATCH;
  }

  private static Object isoDate(String value) {
    String text = value.trim();
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

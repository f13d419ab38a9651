package io.totangoconnector.client;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.totangoconnector.client.query.FieldSpec;
import io.totangoconnector.client.query.SearchQuery;
import io.totangoconnector.client.query.ValueKind;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one hit object from a streaming parser: the fixed attributes, then the positional {@code
 * selected_fields} mapped to the query's columns. Unknown keys are skipped. Counts values that did
 * not fit their column. One instance per search; not thread-safe.
 */
final class HitDecoder {
  private final List<FieldSpec> columns;
  private final int[] positions;
  private final StringWriter text = new StringWriter();
  private JsonGenerator generator;
  private int mismatches;

  HitDecoder(SearchQuery query) {
    this.columns = query.columns();
    this.positions = ColumnPositions.of(query);
  }

  /** Reads the hit whose START_OBJECT is the current token; leaves the parser on its END_OBJECT. */
  Hit read(JsonParser p) throws IOException {
    String id = null;
    String name = null;
    Long first = null;
    Long last = null;
    String[] account = {null, null};
    List<Object> selected = List.of();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      p.nextToken();
      switch (key) {
        case "name" -> id = scalarText(p);
        case "display_name" -> name = scalarText(p);
        case "first_activity_time" -> first = activityTime(p);
        case "last_activity_time" -> last = activityTime(p);
        case "account" -> readAccount(p, account);
        case "selected_fields" -> selected = readSelected(p);
        default -> p.skipChildren();
      }
    }
    return new Hit(id, name, first, last, account[0], account[1], values(selected));
  }

  /** Mismatches counted since the last call. */
  int drainMismatches() {
    int n = mismatches;
    mismatches = 0;
    return n;
  }

  private Object[] values(List<Object> selected) {
    Object[] values = new Object[columns.size()];
    for (int j = 0; j < values.length; j++) {
      Object read = positions[j] < selected.size() ? selected.get(positions[j]) : null;
      ValueKind kind = columns.get(j).kind();
      Object value =
          read instanceof JsonText json
              ? ValueConverter.convertStructure(json, kind)
              : ValueConverter.convert((JsonNode) read, kind);
      if (value == ValueConverter.MISMATCH) {
        mismatches++;
        value = null;
      }
      values[j] = value;
    }
    return values;
  }

  /** The current scalar as text (numbers too); null for JSON null and for containers. */
  static String scalarText(JsonParser p) throws IOException {
    if (p.currentToken().isStructStart()) {
      p.skipChildren();
      return null;
    }
    return p.getValueAsString();
  }

  /** [ours] A user or account that was never active has 0, null or no time: all become null. */
  private Long activityTime(JsonParser p) throws IOException {
    Object value = ValueConverter.convert(valueNode(p), ValueKind.EPOCH_MILLIS);
    if (value == ValueConverter.MISMATCH) {
      mismatches++;
      return null;
    }
    Long millis = (Long) value;
    return millis == null || millis == 0L ? null : millis;
  }

  private static void readAccount(JsonParser p, String[] account) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      p.skipChildren();
      return;
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      p.nextToken();
      switch (key) {
        case "name" -> account[0] = scalarText(p);
        case "display_name" -> account[1] = scalarText(p);
        default -> p.skipChildren();
      }
    }
  }

  /** Each value as a scalar node, or as its compact text when it is an object or array. */
  private List<Object> readSelected(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      p.skipChildren();
      return List.of();
    }
    List<Object> values = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      values.add(p.currentToken().isStructStart() ? compactText(p) : valueNode(p));
    }
    return values;
  }

  /**
   * Copies an object or array straight to its compact text, the form every consumer wants: a tree
   * built only to be printed again cost more than the rest of a hit's decoding.
   */
  private JsonText compactText(JsonParser p) throws IOException {
    if (generator == null) {
      // One generator for the whole search, writing root values with no separator between them.
      generator = p.getCodec().getFactory().createGenerator(text);
      generator.setRootValueSeparator(null);
    }
    text.getBuffer().setLength(0);
    generator.copyCurrentStructure(p);
    generator.flush();
    return new JsonText(text.toString());
  }

  /**
   * The current value as a node. Scalars, nearly every value, are made directly: going through the
   * codec ({@code readValueAsTree}) costs a deserialization context per value and made decoding
   * slower than reading the whole reply as a tree.
   */
  private static JsonNode valueNode(JsonParser p) throws IOException {
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
}

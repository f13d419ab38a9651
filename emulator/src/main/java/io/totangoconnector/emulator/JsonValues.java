package io.totangoconnector.emulator;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** Writes a field value (String, Number, Boolean, List, Map or null) to a JSON stream. */
final class JsonValues {
  private JsonValues() {}

  static void write(JsonGenerator g, Object value) throws IOException {
    if (value == null) {
      g.writeNull();
    } else if (value instanceof String s) {
      g.writeString(s);
    } else if (value instanceof Double d) {
      g.writeNumber(d);
    } else if (value instanceof Number n) {
      g.writeNumber(n.longValue());
    } else if (value instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (value instanceof Map<?, ?> map) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        g.writeFieldName(e.getKey().toString());
        write(g, e.getValue());
      }
      g.writeEndObject();
    } else if (value instanceof List<?> list) {
      g.writeStartArray();
      for (Object item : list) {
        write(g, item);
      }
      g.writeEndArray();
    } else {
      g.writeString(value.toString());
    }
  }

  static void writeLongOrNull(JsonGenerator g, String name, Long value) throws IOException {
    g.writeFieldName(name);
    if (value == null) {
      g.writeNull();
    } else {
      g.writeNumber(value);
    }
  }
}

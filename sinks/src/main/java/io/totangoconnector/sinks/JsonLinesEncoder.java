package io.totangoconnector.sinks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * One JSON object per line, keyed by column name, nulls included. JSON columns are embedded as JSON
 * (parsed and re-emitted, so a malformed value fails its row instead of the file); times are
 * ISO-8601 in UTC, dates ISO-8601.
 */
final class JsonLinesEncoder implements RowEncoder {
  private static final JsonFactory FACTORY = new JsonFactory();
  private final JsonGenerator generator;
  private final List<Column> columns;

  JsonLinesEncoder(Writer out, TableSchema schema) {
    try {
      this.generator = FACTORY.createGenerator(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    generator.setRootValueSeparator(null);
    this.columns = schema.columns();
  }

  @Override
  public void header() {}

  @Override
  public void row(Object[] values) throws IOException {
    generator.writeStartObject();
    for (int i = 0; i < values.length; i++) {
      generator.writeFieldName(columns.get(i).name());
      value(columns.get(i), values[i]);
    }
    generator.writeEndObject();
    generator.writeRaw('\n');
  }

  private void value(Column column, Object value) throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    switch (column.type()) {
      case TEXT -> generator.writeString((String) value);
      case BIGINT -> generator.writeNumber((Long) value);
      case DOUBLE -> generator.writeNumber((Double) value);
      case BOOLEAN -> generator.writeBoolean((Boolean) value);
      case TIMESTAMP, DATE -> generator.writeString(value.toString());
      case JSON -> embed(column, (String) value);
    }
  }

  private void embed(Column column, String json) throws IOException {
    try (JsonParser parser = FACTORY.createParser(json)) {
      if (parser.nextToken() == null) {
        throw new IOException("column " + column.name() + " holds no JSON value");
      }
      generator.copyCurrentStructure(parser);
      if (parser.nextToken() != null) {
        throw new IOException("column " + column.name() + " holds more than one JSON value");
      }
    }
  }

  @Override
  public void flush() throws IOException {
    generator.flush();
  }
}

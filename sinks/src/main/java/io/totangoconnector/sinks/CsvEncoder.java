package io.totangoconnector.sinks;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Rows as RFC 4180 CSV: CRLF line ends; a field is quoted when it holds a comma, quote, CR, LF or
 * backslash, or is empty; a null is an empty unquoted field, so it differs from an empty string.
 * PostgreSQL's {@code COPY ... (FORMAT csv)} reads exactly this, which is why the backslash is
 * quoted too (a lone {@code \.} would otherwise end the data).
 */
final class CsvEncoder implements RowEncoder {
  private static final String LINE_END = "\r\n";
  private final Writer out;
  private final List<Column> columns;

  CsvEncoder(Writer out, TableSchema schema) {
    this.out = out;
    this.columns = schema.columns();
  }

  @Override
  public void header() throws IOException {
    for (int i = 0; i < columns.size(); i++) {
      field(i, columns.get(i).name());
    }
    out.write(LINE_END);
  }

  @Override
  public void row(Object[] values) throws IOException {
    for (int i = 0; i < values.length; i++) {
      field(i, values[i] == null ? null : TextValues.format(columns.get(i).type(), values[i]));
    }
    out.write(LINE_END);
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  private void field(int index, String text) throws IOException {
    if (index > 0) {
      out.write(',');
    }
    if (text == null) {
      return;
    }
    if (needsQuotes(text)) {
      out.write('"');
      out.write(text.replace("\"", "\"\""));
      out.write('"');
    } else {
      out.write(text);
    }
  }

  private static boolean needsQuotes(String text) {
    if (text.isEmpty()) {
      return true;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '"' || c == '\r' || c == '\n' || c == '\\') {
        return true;
      }
    }
    return false;
  }
}

package io.totangoconnector.client;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.totangoconnector.client.query.FieldSpec;
import io.totangoconnector.client.query.SearchQuery;
import io.totangoconnector.client.query.ValueKind;
import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;

/**
 * Reads one hit object from a streaming parser: the fixed attributes, then the positional {@code
 * selected_fields} mapped to the query's columns. Unknown keys are skipped. Counts values that did
 * not fit their column. One instance per search; not thread-safe.
 */
final class HitDecoder {
  private static final int[] NO_COLUMN = {};

  private final List<FieldSpec> columns;

  /** The columns that take each position of {@code selected_fields}, so values go straight in. */
  private final int[][] columnsAt;

  private final TextOut text = new TextOut();
  private final RepeatedText texts = new RepeatedText();
  private JsonGenerator generator;
  private int mismatches;

  /** Mismatches of the value being read; kept per key, as a repeated key's last value counts. */
  private int pending;

  HitDecoder(SearchQuery query) {
    this.columns = query.columns();
    this.columnsAt = columnsAt(ColumnPositions.of(query));
  }

  private static int[][] columnsAt(int[] positions) {
    int size = Arrays.stream(positions).max().orElse(-1) + 1;
    int[][] at = new int[size][];
    Arrays.fill(at, NO_COLUMN);
    for (int column = 0; column < positions.length; column++) {
      int[] before = at[positions[column]];
      int[] with = Arrays.copyOf(before, before.length + 1);
      with[before.length] = column;
      at[positions[column]] = with;
    }
    return at;
  }

  /** Reads the hit whose START_OBJECT is the current token; leaves the parser on its END_OBJECT. */
  Hit read(JsonParser p) throws IOException {
    String id = null;
    String name = null;
    Long first = null;
    Long last = null;
    String[] account = {null, null};
    Object[] values = new Object[columns.size()];
    int[] bad = new int[3]; // first_activity_time, last_activity_time, selected_fields
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      p.nextToken();
      switch (key) {
        case "name" -> id = scalarText(p); // unique: sharing would only cost the lookup
        case "display_name" -> name = scalarText(p);
        case "first_activity_time" -> {
          first = activityTime(p);
          bad[0] = takePending();
        }
        case "last_activity_time" -> {
          last = activityTime(p);
          bad[1] = takePending();
        }
        case "account" -> readAccount(p, account);
        case "selected_fields" -> {
          readSelected(p, values);
          bad[2] = takePending();
        }
        default -> p.skipChildren();
      }
    }
    mismatches += bad[0] + bad[1] + bad[2];
    return new Hit(id, name, first, last, account[0], account[1], values);
  }

  /** Mismatches counted since the last call. */
  int drainMismatches() {
    int n = mismatches;
    mismatches = 0;
    return n;
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
    Long millis = (Long) counted(ValueConverter.convertCurrent(p, ValueKind.EPOCH_MILLIS));
    return millis == null || millis == 0L ? null : millis;
  }

  /** As {@link #scalarText}, with a repeated string shared. */
  private String text(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      return texts.of(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    }
    return scalarText(p);
  }

  private void readAccount(JsonParser p, String[] account) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      p.skipChildren();
      return;
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      p.nextToken();
      switch (key) {
        case "name" -> account[0] = text(p);
        case "display_name" -> account[1] = text(p);
        default -> p.skipChildren();
      }
    }
  }

  /**
   * Converts each value straight from the parser into the columns at its position: no node and no
   * list per hit. Objects and arrays are converted from their compact text.
   */
  private void readSelected(JsonParser p, Object[] values) throws IOException {
    Arrays.fill(values, null); // a repeated key: the last one counts, as it did for a tree
    if (p.currentToken() != JsonToken.START_ARRAY) {
      p.skipChildren();
      return;
    }
    for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
      int[] targets = i < columnsAt.length ? columnsAt[i] : NO_COLUMN;
      if (targets.length == 0) {
        p.skipChildren();
      } else if (p.currentToken().isStructStart()) {
        JsonText json = compactText(p);
        for (int column : targets) {
          values[column] = counted(ValueConverter.convertStructure(json, kind(column)));
        }
      } else {
        boolean string = p.currentToken() == JsonToken.VALUE_STRING;
        for (int column : targets) {
          ValueKind kind = kind(column);
          values[column] =
              string && kind == ValueKind.TEXT
                  ? text(p)
                  : counted(ValueConverter.convertCurrent(p, kind));
        }
      }
    }
  }

  private ValueKind kind(int column) {
    return columns.get(column).kind();
  }

  private int takePending() {
    int n = pending;
    pending = 0;
    return n;
  }

  /** A value that does not fit its kind is stored as null and counted. */
  private Object counted(Object value) {
    if (value == ValueConverter.MISMATCH) {
      pending++;
      return null;
    }
    return value;
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
    text.length = 0;
    generator.copyCurrentStructure(p);
    generator.flush();
    return new JsonText(texts.of(text.chars, 0, text.length));
  }

  /**
   * Characters into a reused buffer. Not a StringWriter, which locks on every write; and not bytes,
   * as text with a lone surrogate must come out as the tree's text does.
   */
  private static final class TextOut extends Writer {
    char[] chars = new char[256];
    int length;

    @Override
    public void write(char[] c, int off, int len) {
      room(len);
      System.arraycopy(c, off, chars, length, len);
      length += len;
    }

    @Override
    public void write(String str, int off, int len) {
      room(len);
      str.getChars(off, off + len, chars, length);
      length += len;
    }

    @Override
    public void write(int c) {
      room(1);
      chars[length++] = (char) c;
    }

    private void room(int more) {
      if (length + more > chars.length) {
        chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + more));
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}

package io.totangoconnector.sinks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A table in a schema, as written after the {@code #} of a destination: {@code TABLE} or {@code
 * SCHEMA.TABLE}, either part optionally double-quoted ({@code "my.schema"."Table ""x"""}).
 */
record TableRef(String schema, String table) {
  static final String STAGING_PREFIX = "__tc_staging_";
  // PostgreSQL truncates longer identifiers, which would break the staging name's pattern.
  private static final int MAX_STAGING_BYTES = 63;

  String qualified() {
    return Sql.ident(schema) + "." + Sql.ident(table);
  }

  TableRef withTable(String name) {
    return new TableRef(schema, name);
  }

  /** The staging table of one run: {@code __tc_staging_<table>_<runId>}. */
  TableRef staging(String runId) {
    String base = table.toLowerCase(Locale.ROOT);
    int room = MAX_STAGING_BYTES - STAGING_PREFIX.length() - runId.length() - 1;
    while (utf8Length(base) > room) {
      base = base.substring(0, base.offsetByCodePoints(base.length(), -1));
    }
    return withTable(STAGING_PREFIX + base + "_" + runId);
  }

  /** Whether {@code name} is the staging table of some run into this table. */
  boolean isStagingName(String name, int runIdLength) {
    String example = staging("x".repeat(runIdLength)).table();
    String prefix = example.substring(0, example.length() - runIdLength);
    return name.length() == example.length()
        && name.startsWith(prefix)
        && Pattern.matches("[0-9a-z]+", name.substring(prefix.length()));
  }

  /**
   * Parses {@code TABLE} or {@code SCHEMA.TABLE}.
   *
   * @throws IllegalArgumentException with a message that says what is wrong
   */
  static TableRef parse(String text, String defaultSchema) {
    List<String> parts = splitQualified(text);
    if (parts.size() > 2 || parts.stream().anyMatch(String::isBlank)) {
      throw new IllegalArgumentException(
          "the table '" + text + "' must be TABLE or SCHEMA.TABLE (quote a part with dots in it)");
    }
    return parts.size() == 1
        ? new TableRef(defaultSchema, parts.get(0))
        : new TableRef(parts.get(0), parts.get(1));
  }

  private static List<String> splitQualified(String text) {
    List<String> parts = new ArrayList<>();
    StringBuilder part = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' && quoted && i + 1 < text.length() && text.charAt(i + 1) == '"') {
        part.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == '.' && !quoted) {
        parts.add(part.toString());
        part.setLength(0);
      } else {
        part.append(c);
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("the table '" + text + "' has an unclosed quote");
    }
    parts.add(part.toString());
    return parts;
  }

  private static int utf8Length(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
  }
}

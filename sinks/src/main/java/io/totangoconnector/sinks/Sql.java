package io.totangoconnector.sinks;

import java.util.List;
import java.util.stream.Collectors;

/** Quoting shared by the SQL destinations (DuckDB and PostgreSQL quote the same way). */
final class Sql {
  private Sql() {}

  /** A quoted identifier: safe for any name, including spaces, quotes and other scripts. */
  static String ident(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  /** A string literal; both databases treat backslashes literally in standard strings. */
  static String literal(String text) {
    return '\'' + text.replace("'", "''") + '\'';
  }

  static String identList(List<String> names) {
    return names.stream().map(Sql::ident).collect(Collectors.joining(", "));
  }
}

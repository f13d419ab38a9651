package io.totangoconnector.client.query;

import java.util.Optional;

/**
 * Finds the {@code query} field in form data such as {@code query={...}&team_id=-1}. Users paste
 * the JSON unencoded, so a value that starts with a brace ends at its matching closing brace
 * (braces inside JSON strings do not count) rather than at the first {@code &}.
 */
final class FormBody {
  private static final String NAME = "query=";

  private FormBody() {}

  /** The query value in {@code data}, or empty when no pair is named {@code query}. */
  static Optional<QueryValue> find(String data) {
    int p = 0;
    while (p <= data.length()) {
      int amp = data.indexOf('&', p);
      int pairEnd = amp < 0 ? data.length() : amp;
      if (data.startsWith(NAME, p)) {
        return Optional.of(valueAt(data, p + NAME.length(), pairEnd));
      }
      p = pairEnd + 1;
    }
    return Optional.empty();
  }

  private static QueryValue valueAt(String data, int start, int pairEnd) {
    String encoded = data.substring(start, pairEnd);
    int brace = start;
    while (brace < data.length() && Character.isWhitespace(data.charAt(brace))) {
      brace++;
    }
    if (brace >= data.length() || data.charAt(brace) != '{') {
      return new QueryValue(encoded, encoded);
    }
    int end = JsonExtent.end(data, brace);
    boolean followedByPair = end > 0 && data.substring(end).strip().startsWith("&");
    String asPasted = followedByPair ? data.substring(start, end) : data.substring(start);
    return new QueryValue(asPasted, encoded);
  }
}

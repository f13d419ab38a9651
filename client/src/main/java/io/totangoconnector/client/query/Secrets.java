package io.totangoconnector.client.query;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The token values seen in a paste, so that no message built from the pasted text can repeat one,
 * even when broken quoting moves a token into the query text.
 */
final class Secrets {
  // Looser than the header parser on purpose: it also sees tokens in pastes that fail to split.
  private static final Pattern HEADER =
      Pattern.compile("app-token\\s*:\\s*([^\\s'\"]+)", Pattern.CASE_INSENSITIVE);
  private static final String REDACTED = "<redacted>";

  private final Set<String> values = new LinkedHashSet<>();

  /** The token-like values that follow {@code app-token:} anywhere in {@code pasted}. */
  static Secrets scan(String pasted) {
    Secrets s = new Secrets();
    Matcher m = HEADER.matcher(pasted);
    while (m.find()) {
      s.add(m.group(1));
    }
    return s;
  }

  void add(String value) {
    if (!value.isEmpty() && !AppToken.isPlaceholder(value)) {
      values.add(value);
    }
  }

  String redact(String text) {
    String result = text;
    for (String v : values) {
      result = result.replace(v, REDACTED);
    }
    return result;
  }

  /** {@code e} itself, or a copy without any secret in its message. */
  QueryException redact(QueryException e) {
    String where = e.where() == null ? "" : e.where();
    String suffix = where.isEmpty() ? "" : " (at " + where + ")";
    String message = e.getMessage();
    if (redact(message).equals(message)) {
      return e;
    }
    String base =
        message.endsWith(suffix)
            ? message.substring(0, message.length() - suffix.length())
            : message;
    return new QueryException(redact(base), redact(where));
  }
}

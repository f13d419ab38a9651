package io.totangoconnector.client.query;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises the {@code app-token} header in a snippet and tells a placeholder from a real token. A
 * real token is never kept: the importer only notes that one was ignored.
 */
final class AppToken {
  private static final String HEADER = "app-token";
  private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{?[A-Za-z_][A-Za-z0-9_]*\\}?");

  private AppToken() {}

  /** The value of an {@code app-token: value} header, or empty for any other header. */
  static Optional<String> valueOf(String header) {
    int colon = header.indexOf(':');
    if (colon < 0 || !header.substring(0, colon).strip().toLowerCase(Locale.ROOT).equals(HEADER)) {
      return Optional.empty();
    }
    return Optional.of(header.substring(colon + 1).strip());
  }

  /**
   * Whether {@code value} stands for a token rather than being one: empty, in angle brackets
   * ({@code <TOTANGO API TOKEN>}), containing "TOKEN" in capitals ({@code YOUR-TOKEN-HERE}), or a
   * shell variable ({@code $MY_VAR}).
   */
  static boolean isPlaceholder(String value) {
    return value.isEmpty()
        || value.startsWith("<") && value.endsWith(">")
        || value.contains("TOKEN")
        || ENV_REFERENCE.matcher(value).matches();
  }
}

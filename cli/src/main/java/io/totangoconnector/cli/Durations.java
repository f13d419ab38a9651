package io.totangoconnector.cli;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the short durations people type ({@code 200ms}, {@code 2s}, {@code 1m}) and prints them.
 */
final class Durations {
  private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");

  private Durations() {}

  static Duration parse(String option, String text) {
    Matcher m = SHORT.matcher(text.trim());
    if (!m.matches()) {
      throw new UsageException(
          option + ": '" + text + "' is not a duration; write e.g. 200ms, 2s, 1m or 1h.");
    }
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "ms" -> Duration.ofMillis(n);
      case "s" -> Duration.ofSeconds(n);
      case "m" -> Duration.ofMinutes(n);
      default -> Duration.ofHours(n);
    };
  }

  /** {@code 1.5 s}, the same in every locale. */
  static String format(Duration d) {
    return String.format(java.util.Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
  }
}

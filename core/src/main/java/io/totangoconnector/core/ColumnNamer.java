package io.totangoconnector.core;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns display names such as {@code "Health rank "} or {@code "Contract Value ($)"} into column
 * names that need no quoting in any SQL dialect we write to ({@code health_rank}, {@code
 * contract_value}), unique within one table. Deterministic, so names are stable from run to run.
 */
final class ColumnNamer {
  /** PostgreSQL cuts identifiers at 63 bytes, which would make two long names one. */
  private static final int MAX_BYTES = 63;

  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private final Set<String> taken = new HashSet<>();

  /** Reserves a fixed column's name so that no field takes it. */
  void reserve(String name) {
    taken.add(name);
  }

  /** A safe, unique name for {@code label}; {@code fallback} is used when nothing is left of it. */
  String name(String label, String fallback) {
    String base = safe(label);
    if (base.isEmpty()) {
      base = safe(fallback);
    }
    String candidate = base;
    for (int n = 2; !taken.add(candidate); n++) {
      String suffix = "_" + n;
      candidate = truncate(base, MAX_BYTES - suffix.length()) + suffix;
    }
    return candidate;
  }

  static String safe(String label) {
    String s = Normalizer.normalize(label.trim(), Normalizer.Form.NFD);
    s = COMBINING_MARKS.matcher(s).replaceAll("");
    s = s.replace("%", " pct ").replace("#", " num ").replace("ß", "ss");
    s = NOT_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("_");
    s = trimUnderscores(s);
    if (!s.isEmpty() && !Character.isLetter(s.codePointAt(0))) {
      s = "_" + s; // an identifier must not start with a digit
    }
    return truncate(s, MAX_BYTES);
  }

  private static int utf8Length(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
  }

  private static String trimUnderscores(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && s.charAt(start) == '_') {
      start++;
    }
    while (end > start && s.charAt(end - 1) == '_') {
      end--;
    }
    return s.substring(start, end);
  }

  /** At most {@code maxBytes} in UTF-8, cut between characters. */
  private static String truncate(String s, int maxBytes) {
    if (utf8Length(s) <= maxBytes) {
      return s;
    }
    int end = 0;
    int bytes = 0;
    while (end < s.length()) {
      int cp = s.codePointAt(end);
      int size = utf8Length(new String(Character.toChars(cp)));
      if (bytes + size > maxBytes) {
        break;
      }
      bytes += size;
      end += Character.charCount(cp);
    }
    while (end > 1 && s.charAt(end - 1) == '_') {
      end--;
    }
    return s.substring(0, end);
  }
}

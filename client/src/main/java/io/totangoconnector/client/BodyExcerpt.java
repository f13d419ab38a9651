package io.totangoconnector.client;

import java.nio.charset.StandardCharsets;

/** Short, single-line excerpts of reply bodies for error messages, with the token masked. */
final class BodyExcerpt {
  static final int MAX_CHARS = 200;

  private BodyExcerpt() {}

  /** The start of {@code body} on one line, at most {@link #MAX_CHARS}, {@code token} masked. */
  static String of(byte[] body, String token) {
    return shorten(redact(new String(body, StandardCharsets.UTF_8), token), MAX_CHARS);
  }

  /**
   * Tokens shorter than this are not masked: real ones are far longer, and masking a one-letter
   * test token would mangle every word of a message.
   */
  static final int SHORTEST_MASKED_TOKEN = 8;

  /** {@code text} with every occurrence of {@code token} replaced by {@code ***}. */
  static String redact(String text, String token) {
    boolean mask = text != null && token != null && token.length() >= SHORTEST_MASKED_TOKEN;
    return mask ? text.replace(token, "***") : text;
  }

  /** Whitespace runs collapsed to one space, trimmed, cut to {@code max} characters with "…". */
  static String shorten(String text, int max) {
    String oneLine = text.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…";
  }
}

package io.totangoconnector.client.query;

/** Finds where a JSON object ends by matching braces outside strings, without parsing it. */
final class JsonExtent {
  private JsonExtent() {}

  /**
   * The offset just past the brace that closes the one at {@code open}, or -1 when it is never
   * closed.
   */
  static int end(String text, int open) {
    int depth = 0;
    boolean inString = false;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if ((c == '}' || c == ']') && --depth == 0) {
        return i + 1;
      }
    }
    return -1;
  }
}

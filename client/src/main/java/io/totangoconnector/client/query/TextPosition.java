package io.totangoconnector.client.query;

/** A 1-based line and column in a text, as an editor shows them. */
record TextPosition(int line, int column) {

  /** The position of the character at {@code offset} (or just past the end). */
  static TextPosition of(String text, int offset) {
    int line = 1;
    int lineStart = 0;
    int end = Math.min(offset, text.length());
    for (int i = 0; i < end; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new TextPosition(line, end - lineStart + 1);
  }

  @Override
  public String toString() {
    return "line " + line + ", column " + column;
  }
}

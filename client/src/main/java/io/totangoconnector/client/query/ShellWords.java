package io.totangoconnector.client.query;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a pasted shell command into words the way a POSIX shell would, without expanding anything:
 * single quotes keep everything; double quotes keep everything but {@code \"}, {@code \\}, {@code
 * \$}, {@code \`} and a backslash-newline (removed); outside quotes a backslash escapes the next
 * character and a backslash-newline joins lines. Unlike a shell, a bare newline separates words
 * instead of ending the command, because the documented snippet breaks lines without a backslash.
 * An unquoted {@code |}, {@code ;} or {@code &&} word ends the command.
 */
final class ShellWords {
  private static final List<String> COMMAND_ENDS = List.of("|", "||", ";", "&&", "&", ">");

  private final String text;
  private final List<String> words = new ArrayList<>();
  private final StringBuilder word = new StringBuilder();
  private boolean inWord;
  private boolean quoted;
  private boolean ended;
  private int pos;

  private ShellWords(String text) {
    this.text = text;
  }

  /** The words of the first command in {@code text}. */
  static List<String> split(String text) {
    ShellWords s = new ShellWords(text);
    s.run();
    return s.words;
  }

  private void run() {
    while (pos < text.length() && !ended) {
      char c = text.charAt(pos);
      if (isBlank(c)) {
        endWord();
        pos++;
      } else if (c == '\'') {
        singleQuoted();
      } else if (c == '"') {
        doubleQuoted();
      } else if (c == '\\') {
        escaped();
      } else {
        append(c);
        pos++;
      }
    }
    endWord();
  }

  private void singleQuoted() {
    int open = pos;
    int close = text.indexOf('\'', pos + 1);
    if (close < 0) {
      throw unterminated('\'', open);
    }
    inWord = true;
    quoted = true;
    word.append(text, open + 1, close);
    pos = close + 1;
  }

  private void doubleQuoted() {
    int open = pos++;
    inWord = true;
    quoted = true;
    while (pos < text.length() && text.charAt(pos) != '"') {
      char c = text.charAt(pos);
      if (c == '\\' && pos + 1 < text.length() && "\"\\$`\n".indexOf(text.charAt(pos + 1)) >= 0) {
        if (text.charAt(pos + 1) != '\n') {
          word.append(text.charAt(pos + 1));
        }
        pos += 2;
      } else {
        word.append(c);
        pos++;
      }
    }
    if (pos >= text.length()) {
      throw unterminated('"', open);
    }
    pos++;
  }

  private void escaped() {
    if (text.startsWith("\\\r\n", pos)) {
      pos += 3;
    } else if (text.startsWith("\\\n", pos)) {
      pos += 2;
    } else if (pos + 1 < text.length()) {
      quoted = true;
      append(text.charAt(pos + 1));
      pos += 2;
    } else {
      pos++;
    }
  }

  private void append(char c) {
    inWord = true;
    word.append(c);
  }

  private void endWord() {
    if (inWord) {
      String w = word.toString();
      ended = !quoted && COMMAND_ENDS.contains(w);
      if (!ended) {
        words.add(w);
      }
      word.setLength(0);
      inWord = false;
      quoted = false;
    }
  }

  private QueryException unterminated(char quote, int offset) {
    return new QueryException(
        "The curl command has a " + quote + " quote that is never closed",
        TextPosition.of(text, offset).toString());
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00a0';
  }
}

package io.totangoconnector.client.query;

import java.util.regex.Pattern;

/** Shortens a Jackson parse message to its point, without echoing what the user typed. */
final class JacksonMessage {
  private static final Pattern SOURCE =
      Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");
  // Jackson quotes the unrecognised word, which could be a fragment of a pasted secret.
  private static final Pattern UNRECOGNIZED = Pattern.compile("Unrecognized token '[^']*'");
  private static final Pattern CHAR_CODE = Pattern.compile("('.{1,2}') \\(code \\d+\\)");
  private static final Pattern LIMIT_SOURCE = Pattern.compile(", from `[^`]*`");
  private static final int MAX_LENGTH = 200;

  private JacksonMessage() {}

  static String readable(String message) {
    if (message == null || message.isBlank()) {
      return "it could not be parsed";
    }
    String m = SOURCE.matcher(message).replaceAll("line $1, column $2");
    m = UNRECOGNIZED.matcher(m).replaceAll("Unrecognized word");
    m = CHAR_CODE.matcher(m).replaceAll("$1");
    m = LIMIT_SOURCE.matcher(m).replaceAll("");
    m = m.replace("((CTRL-CHAR, code 10))", "(a line break)");
    m = m.replaceAll("\\s*\\R\\s*", " ").strip();
    return m.length() <= MAX_LENGTH ? m : m.substring(0, MAX_LENGTH) + "...";
  }
}

package io.totangoconnector.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Reads {@code --query}: {@code -} for standard input, a file that exists, else the text itself.
 */
final class QueryInput {
  private QueryInput() {}

  static String read(String argument, InputStream stdin) {
    try {
      if (argument.equals("-")) {
        return new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
      }
      Path file = asFile(argument);
      if (file == null && looksLikeAPath(argument)) {
        throw new UsageException(
            "No query file "
                + argument
                + ": give an existing file, - for standard input, or the query text itself.");
      }
      return file != null ? Files.readString(file, StandardCharsets.UTF_8) : argument;
    } catch (IOException e) {
      throw new UsageException("Cannot read the query from " + argument + ": " + e.getMessage());
    }
  }

  /** No JSON, no command, no spaces, and a slash or a file ending: meant as a file. */
  private static boolean looksLikeAPath(String argument) {
    String a = argument.trim();
    return !a.isEmpty()
        && a.chars().noneMatch(c -> Character.isWhitespace(c) || c == '{' || c == '=')
        && (a.contains("/") || a.matches(".*\\.(json|txt|sh|curl)$"));
  }

  private static Path asFile(String argument) {
    if (argument.length() > 1024 || argument.contains("\n") || argument.contains("{")) {
      return null; // pasted text, not a path
    }
    try {
      Path p = Path.of(argument);
      return Files.isRegularFile(p) ? p : null;
    } catch (InvalidPathException e) {
      return null;
    }
  }
}

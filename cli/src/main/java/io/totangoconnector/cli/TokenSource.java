package io.totangoconnector.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the app token comes from: {@code --token-file}, else {@code TOTANGO_APP_TOKEN}, else a
 * prompt that does not echo. Never a command-line argument, so it stays out of shell history and
 * process lists.
 */
final class TokenSource {
  static final String ENV = "TOTANGO_APP_TOKEN";

  private final Map<String, String> env;
  private final Console console;

  TokenSource(Map<String, String> env, Console console) {
    this.env = env;
    this.console = console;
  }

  static TokenSource system() {
    return new TokenSource(System.getenv(), System.console());
  }

  String token(Path tokenFile) {
    if (tokenFile != null) {
      return fromFile(tokenFile);
    }
    String fromEnv = env.get(ENV);
    if (fromEnv != null && !fromEnv.isBlank()) {
      return fromEnv.trim();
    }
    if (console != null) {
      char[] typed = console.readPassword("Totango app token (input hidden): ");
      if (typed != null && typed.length > 0) {
        return new String(typed).trim();
      }
    }
    throw new UsageException(
        "No app token: set "
            + ENV
            + " or pass --token-file FILE (a token is never accepted on the command line).");
  }

  private static String fromFile(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8).trim();
    } catch (java.nio.file.NoSuchFileException e) {
      throw new UsageException("The token file " + file + " does not exist.");
    } catch (java.nio.file.AccessDeniedException e) {
      throw new UsageException("The token file " + file + " cannot be read (permission denied).");
    } catch (IOException e) {
      throw new UsageException("Cannot read the token file " + file + ": " + e.getMessage());
    }
    if (text.isEmpty()) {
      throw new UsageException("The token file " + file + " is empty.");
    }
    return text;
  }
}

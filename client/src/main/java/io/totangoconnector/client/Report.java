package io.totangoconnector.client;

import java.util.Locale;

/** The searchable collections: each has its own endpoint and hit shape. */
public enum Report {
  ACCOUNTS("accounts"),
  USERS("users");

  private final String path;

  Report(String path) {
    this.path = path;
  }

  /** The last path segment of the search endpoint, also the key of the results in the response. */
  public String path() {
    return path;
  }

  /** Parses {@code accounts} or {@code users} (also the singular), in any case. */
  public static Report parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    for (Report r : values()) {
      if (r.path.equals(t) || r.path.equals(t + "s")) {
        return r;
      }
    }
    throw new IllegalArgumentException("unknown report '" + text + "': use accounts or users");
  }
}

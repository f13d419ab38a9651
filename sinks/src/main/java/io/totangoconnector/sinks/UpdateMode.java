package io.totangoconnector.sinks;

import java.util.Locale;

/** How one run's rows change what the destination already holds. */
public enum UpdateMode {
  /** The run's rows replace the whole table or file, atomically; a failed run changes nothing. */
  REPLACE,
  /** The run's rows are added, all of them or none. */
  APPEND,
  /** Rows are upserted on the schema's key columns: matching rows updated, new ones inserted. */
  MERGE;

  /** Parses {@code replace}, {@code append} or {@code merge}, in any case. */
  public static UpdateMode parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown update mode '" + text + "': use replace, append or merge", e);
    }
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}

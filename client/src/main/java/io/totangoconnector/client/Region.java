package io.totangoconnector.client;

import java.net.URI;
import java.util.Locale;

/** Totango's public API hosts. Any other base URL (the emulator, a proxy) is given as a URI. */
public enum Region {
  US(URI.create("https://api.totango.com")),
  EU(URI.create("https://api-eu1.totango.com"));

  private final URI baseUrl;

  Region(URI baseUrl) {
    this.baseUrl = baseUrl;
  }

  public URI baseUrl() {
    return baseUrl;
  }

  /** Parses {@code us} or {@code eu}, in any case. */
  public static Region parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown region '" + text + "': use us or eu", e);
    }
  }
}

package io.totangoconnector.client;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One rate limiter per token and host for the whole process, because Totango counts calls per
 * token, whichever job makes them. Keyed by a hash, so the token itself is never a map key that a
 * heap dump or debug log could show. When a client asks with other settings (limit or window) than
 * the current limiter has, the one limiter takes the new settings, for every client that uses it;
 * only a different clock (in tests) makes a new one.
 */
final class SharedRateLimiters {
  private static final ConcurrentMap<String, SlidingWindowLimiter> BY_TOKEN =
      new ConcurrentHashMap<>();

  private SharedRateLimiters() {}

  static SlidingWindowLimiter forConfig(ClientConfig config) {
    return BY_TOKEN.compute(
        key(config),
        (k, current) -> {
          if (current == null || !current.runsOn(config.clock())) {
            return new SlidingWindowLimiter(
                config.rateLimitCalls(), config.rateLimitWindow(), config.clock());
          }
          current.reconfigure(config.rateLimitCalls(), config.rateLimitWindow());
          return current;
        });
  }

  private static String key(ClientConfig config) {
    String base = config.baseUrl().toString().replaceAll("/+$", "");
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] digest =
          sha.digest((base + "\n" + config.appToken()).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}

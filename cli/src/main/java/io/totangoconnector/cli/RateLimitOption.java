package io.totangoconnector.cli;

import io.totangoconnector.emulator.EmulatorConfig;
import java.time.Duration;

/** {@code --rate-limit N/WINDOW} or {@code off}. */
final class RateLimitOption {
  private RateLimitOption() {}

  static void apply(String text, EmulatorConfig.Builder builder) {
    String t = text.trim();
    if (t.equalsIgnoreCase("off")) {
      builder.rateLimitOff();
      return;
    }
    int slash = t.indexOf('/');
    if (slash <= 0) {
      throw new UsageException(
          "--rate-limit: '" + text + "' is not N/WINDOW (e.g. 100/60s) or off.");
    }
    int calls;
    try {
      calls = Integer.parseInt(t.substring(0, slash).trim());
    } catch (NumberFormatException e) {
      throw new UsageException("--rate-limit: '" + t.substring(0, slash) + "' is not a number.");
    }
    if (calls < 1) {
      throw new UsageException("--rate-limit: the number of calls must be at least 1.");
    }
    Duration window = Durations.parse("--rate-limit", t.substring(slash + 1));
    builder.rateLimit(calls, window);
  }
}

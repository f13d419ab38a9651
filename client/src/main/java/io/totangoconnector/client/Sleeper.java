package io.totangoconnector.client;

import java.time.Duration;

/**
 * Waits. Injected so that tests of rate limits and backoff advance a fake clock instead of
 * sleeping; {@link #SYSTEM} really sleeps.
 */
@FunctionalInterface
public interface Sleeper {
  /** Sleeps with {@link Thread#sleep(long, int)}: the real wait, replaced in tests by a clock. */
  Sleeper SYSTEM =
      d -> {
        if (d.isNegative() || d.isZero()) {
          return;
        }
        Thread.sleep(d.toMillis(), (int) (d.toNanos() % 1_000_000)); // production only
      };

  /** Returns after {@code d} has passed; returns at once for zero or negative durations. */
  void sleep(Duration d) throws InterruptedException;
}

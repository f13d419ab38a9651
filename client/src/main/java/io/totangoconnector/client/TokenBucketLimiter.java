package io.totangoconnector.client;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Clock;
import java.time.Duration;

/**
 * Holds calls back so that no window of the configured length, wherever it starts, ever holds more
 * than the configured number of calls. Thread-safe; one instance is shared by every client that
 * uses the same token (see {@link SharedRateLimiters}).
 *
 * <p>Why the bucket holds a single token: a bucket of capacity C refilled greedily at r tokens per
 * second admits up to C + r·W calls in a window of W seconds (it starts the window full, then
 * refills). The familiar "capacity N, refill N per window" therefore admits about 2N calls around a
 * window's edge (N saved up, N refilled), and refilling the N at once at interval boundaries does
 * the same (N just before a boundary, N just after). With capacity 1 and a greedy refill of N per
 * W, every call needs a token made after the previous call, so consecutive calls are at least W/N
 * apart, and N + 1 calls span at least W: any half-open window [t, t + W) holds at most N. The
 * sustained rate is still exactly N per W; what we give up is bursts, which gain a sync nothing
 * since its pages are fetched one after another anyway.
 */
final class TokenBucketLimiter {
  private final Bucket bucket;
  private final int calls;
  private final Duration window;
  private final Clock clock;

  TokenBucketLimiter(int calls, Duration window, Clock clock) {
    this.calls = calls;
    this.window = window;
    this.clock = clock;
    this.bucket =
        Bucket.builder()
            .addLimit(limit -> limit.capacity(1).refillGreedy(calls, window))
            .withCustomTimePrecision(new ClockTimeMeter(clock))
            .build();
  }

  /**
   * Returns once a call is allowed, having waited through {@code sleeper} as needed.
   *
   * @return the time waited; zero when the call could go at once
   */
  Duration acquire(Sleeper sleeper, SearchListener listener) throws InterruptedException {
    Duration waited = Duration.ZERO;
    while (true) {
      ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
      if (probe.isConsumed()) {
        return waited;
      }
      // Another thread may take the token first; then we simply wait again. Bucket4j rounds the
      // wait down, so with a refill period that is not a whole number of nanoseconds it can
      // answer "wait 0" while still refusing: wait at least a nanosecond so that time moves on.
      Duration wait = Duration.ofNanos(Math.max(1, probe.getNanosToWaitForRefill()));
      listener.onRateLimitWait(wait);
      sleeper.sleep(wait);
      waited = waited.plus(wait);
    }
  }

  /** Whether this limiter enforces exactly these settings. */
  boolean hasSettings(int calls, Duration window, Clock clock) {
    return this.calls == calls && this.window.equals(window) && this.clock.equals(clock);
  }
}

package io.totangoconnector.client;

import java.time.Duration;
import java.util.Random;

/**
 * Exponential backoff with "equal jitter": retry n waits a random time between half and all of
 * min(max, initial·2^(n-1)). The fixed half keeps delays growing; the random half keeps clients
 * that failed together from all retrying at the same instant.
 */
record Backoff(Duration initial, Duration max) {

  /**
   * @param retry 1 for the first retry
   */
  Duration delay(int retry, Random random) {
    long cap = max.toNanos();
    long ceiling = Math.min(initial.toNanos(), cap);
    for (int i = 1; i < retry && ceiling < cap; i++) {
      ceiling = ceiling > cap / 2 ? cap : ceiling * 2;
    }
    long half = ceiling / 2;
    return Duration.ofNanos(half + (long) (random.nextDouble() * (ceiling - half)));
  }
}

package io.totangoconnector.client;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Counting calls in sliding windows, to check a rate limit independently of the limiter. */
public final class SlidingWindows {
  private SlidingWindows() {}

  /** The most instants in any half-open window [t, t + window) that starts at one of them. */
  public static int busiest(List<Instant> sortedInstants, Duration window) {
    int most = 0;
    int end = 0;
    for (int start = 0; start < sortedInstants.size(); start++) {
      Instant limit = sortedInstants.get(start).plus(window);
      while (end < sortedInstants.size() && sortedInstants.get(end).isBefore(limit)) {
        end++;
      }
      most = Math.max(most, end - start);
    }
    return most;
  }
}

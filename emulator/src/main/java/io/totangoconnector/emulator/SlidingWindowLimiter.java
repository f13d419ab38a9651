package io.totangoconnector.emulator;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-token rate limit: at most {@code limit} accepted calls within any window of the given length
 * (the strictest reading of "N calls per minute"). Time comes from the injected clock. Thread-safe.
 */
final class SlidingWindowLimiter {
  /** What the limiter decided, and the values of the RateLimit-* headers. */
  record Decision(boolean allowed, int limit, int remaining, long resetSeconds) {
    void addHeaders(Reply reply) {
      reply.header("RateLimit-Limit", Integer.toString(limit));
      reply.header("RateLimit-Remaining", Integer.toString(remaining));
      reply.header("RateLimit-Reset", Long.toString(resetSeconds));
    }
  }

  private final int limit;
  private final long windowMillis;
  private final Clock clock;
  private final Map<String, ArrayDeque<Long>> accepted = new ConcurrentHashMap<>();

  SlidingWindowLimiter(int limit, Duration window, Clock clock) {
    this.limit = limit;
    this.windowMillis = window.toMillis();
    this.clock = clock;
  }

  /** Accepts the call and counts it, or refuses it without counting it. */
  Decision acquire(String token) {
    ArrayDeque<Long> calls = accepted.computeIfAbsent(token, t -> new ArrayDeque<>());
    synchronized (calls) {
      long now = clock.millis();
      evict(calls, now);
      boolean allowed = calls.size() < limit;
      if (allowed || ContractChoices.REJECTED_CALLS_CONSUME) {
        calls.addLast(now);
      }
      return new Decision(allowed, limit, Math.max(0, limit - calls.size()), reset(calls, now));
    }
  }

  /** The current state, without counting a call. */
  Decision peek(String token) {
    ArrayDeque<Long> calls = accepted.computeIfAbsent(token, t -> new ArrayDeque<>());
    synchronized (calls) {
      long now = clock.millis();
      evict(calls, now);
      return new Decision(calls.size() < limit, limit, limit - calls.size(), reset(calls, now));
    }
  }

  private void evict(ArrayDeque<Long> calls, long now) {
    while (!calls.isEmpty() && calls.peekFirst() <= now - windowMillis) {
      calls.removeFirst();
    }
  }

  /** Seconds until the oldest counted call leaves the window (a slot frees), rounded up. */
  private long reset(ArrayDeque<Long> calls, long now) {
    if (calls.isEmpty()) {
      return 0;
    }
    long millis = calls.peekFirst() + windowMillis - now;
    return (millis + 999) / 1000;
  }
}

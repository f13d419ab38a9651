package io.totangoconnector.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;

/**
 * Holds calls back so that no window of the configured length, wherever it starts, ever holds more
 * than the configured number of calls, while letting a short sync burst through at full speed.
 * Thread-safe; one instance is shared by every client that uses the same token (see {@link
 * SharedRateLimiters}).
 *
 * <p>Why a log of recent calls rather than a token bucket: a bucket of capacity C refilled at r per
 * second admits C + r·W calls in a window W, so it either allows about 2N at a window's edge (C =
 * N) or gives up bursts (C = 1: every call waits W/N, a 10-page sync waits 6 s for nothing). The
 * log admits a call when fewer than N calls finished within the last W and none is in flight beyond
 * that: bursts up to N, then exactly N per W, and never N + 1 in any window.
 *
 * <p>A call is stamped when its reply has arrived, not when it was sent: the server saw it at some
 * instant in between, so spacing from the reply is never shorter than the server's own spacing,
 * whatever the network's delays.
 */
final class SlidingWindowLimiter {
  private int calls;
  private Duration window;
  private final Clock clock;
  private final ArrayDeque<Instant> finished = new ArrayDeque<>();
  private int inFlight;
  private Instant heldUntil = Instant.MIN;

  SlidingWindowLimiter(int calls, Duration window, Clock clock) {
    this.calls = calls;
    this.window = window;
    this.clock = clock;
  }

  /**
   * Returns once a call is allowed, having waited through {@code sleeper} as needed. Every
   * successful acquire must be followed by one {@link #release()} when the call is over.
   *
   * @return the time waited; zero when the call could go at once
   */
  Duration acquire(Sleeper sleeper, SearchListener listener) throws InterruptedException {
    Duration waited = Duration.ZERO;
    while (true) {
      Duration wait = tryAcquire();
      if (wait.isZero()) {
        return waited;
      }
      listener.onRateLimitWait(wait);
      sleeper.sleep(wait);
      waited = waited.plus(wait);
    }
  }

  /** Marks the end of a call (successful or not): it now counts from this instant. */
  synchronized void release() {
    inFlight--;
    finished.addLast(clock.instant());
  }

  /**
   * Holds every caller back for {@code wait}: Totango answered 429 and said when its budget frees,
   * and a call from another thread before then would only earn another 429.
   */
  synchronized void holdFor(Duration wait) {
    Instant until = clock.instant().plus(wait);
    if (until.isAfter(heldUntil)) {
      heldUntil = until;
    }
  }

  /** Takes a slot and returns zero, or returns how long to wait before asking again. */
  private synchronized Duration tryAcquire() {
    Instant now = clock.instant();
    if (now.isBefore(heldUntil)) {
      return Duration.between(now, heldUntil);
    }
    while (!finished.isEmpty() && !finished.peekFirst().plus(window).isAfter(now)) {
      finished.removeFirst();
    }
    if (finished.size() + inFlight < calls) {
      inFlight++;
      return Duration.ZERO;
    }
    if (finished.isEmpty()) {
      return window.dividedBy(calls); // every slot is in flight: look again shortly
    }
    return Duration.between(now, finished.peekFirst().plus(window));
  }

  /**
   * Applies new settings to every client already using this limiter, so that a token never has two
   * limiters (and twice the budget) at once. The calls already made keep counting.
   */
  synchronized void reconfigure(int calls, Duration window) {
    this.calls = calls;
    this.window = window;
  }

  /** Whether this limiter enforces exactly these settings. */
  synchronized boolean hasSettings(int calls, Duration window, Clock clock) {
    return this.calls == calls && this.window.equals(window) && this.clock.equals(clock);
  }

  /** Whether this limiter runs on {@code clock}. */
  boolean runsOn(Clock clock) {
    return this.clock.equals(clock);
  }
}

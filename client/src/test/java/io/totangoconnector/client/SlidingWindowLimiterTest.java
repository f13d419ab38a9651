package io.totangoconnector.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlidingWindowLimiterTest {
  private final SettableClock clock = new SettableClock(Instant.parse("2025-01-01T00:00:00Z"));
  private final RecordingSleeper sleeper = new RecordingSleeper(clock);

  /** Calls as fast as allowed; each call takes {@code callTime} between send and reply. */
  private List<Instant> callAsFastAsAllowed(
      SlidingWindowLimiter limiter, int n, Random idle, Duration callTime)
      throws InterruptedException {
    List<Instant> sent = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (idle != null && idle.nextInt(10) == 0) {
        clock.advance(Duration.ofMillis(idle.nextInt(90_000)));
      }
      limiter.acquire(sleeper, SearchListener.NONE);
      sent.add(clock.instant());
      clock.advance(callTime);
      limiter.release();
    }
    return sent;
  }

  @ParameterizedTest
  @CsvSource({"100, 60", "7, 1", "3, 10"})
  void busyCallerGetsTheFullBudgetAndNeverMore(int calls, long windowSeconds)
      throws InterruptedException {
    Duration window = Duration.ofSeconds(windowSeconds);
    SlidingWindowLimiter limiter = new SlidingWindowLimiter(calls, window, clock);

    List<Instant> sent = callAsFastAsAllowed(limiter, 1000, null, Duration.ZERO);

    assertThat(SlidingWindows.busiest(sent, window)).isEqualTo(calls);
    // the k-th call goes exactly (k / calls) windows after the first: the budget, fully used
    int last = 999;
    assertThat(Duration.between(sent.get(0), sent.get(last)))
        .isEqualTo(window.multipliedBy(last / calls));
  }

  @ParameterizedTest
  @CsvSource({"1", "2", "3"})
  void idleSpellsAndSlowRepliesNeverLetABurstExceedTheBudget(long seed)
      throws InterruptedException {
    Duration window = Duration.ofSeconds(60);
    SlidingWindowLimiter limiter = new SlidingWindowLimiter(100, window, clock);

    List<Instant> sent =
        callAsFastAsAllowed(limiter, 1000, new Random(seed), Duration.ofMillis(seed * 150));

    assertThat(SlidingWindows.busiest(sent, window)).isLessThanOrEqualTo(100);
  }

  @Test
  void aSmallSyncGoesThroughWithoutWaiting() throws InterruptedException {
    SlidingWindowLimiter limiter = new SlidingWindowLimiter(100, Duration.ofSeconds(60), clock);

    callAsFastAsAllowed(limiter, 100, null, Duration.ofMillis(200));

    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void theCallPastTheBudgetWaitsForTheOldestReplyToLeaveTheWindow() throws InterruptedException {
    SlidingWindowLimiter limiter = new SlidingWindowLimiter(100, Duration.ofSeconds(60), clock);
    RecordingListener listener = new RecordingListener();
    callAsFastAsAllowed(limiter, 100, null, Duration.ofMillis(100));

    Duration waited = limiter.acquire(sleeper, listener);

    // the first reply came at 0.1 s, the 100th call was sent at 9.9 s and replied at 10.0 s
    assertThat(waited).isEqualTo(Duration.ofMillis(60_100 - 10_000));
    assertThat(listener.rateLimitWaits()).containsExactly(waited);
  }

  @Test
  void callsInFlightCountAgainstTheBudget() throws InterruptedException {
    SlidingWindowLimiter limiter = new SlidingWindowLimiter(2, Duration.ofSeconds(10), clock);
    limiter.acquire(sleeper, SearchListener.NONE);
    limiter.acquire(sleeper, SearchListener.NONE);
    clock.advance(Duration.ofSeconds(30)); // both still in flight

    List<Duration> waits = new ArrayList<>();
    Sleeper releasingOneCall =
        d -> {
          waits.add(d);
          clock.advance(d);
          limiter.release(); // the first call's reply arrives while we wait
        };
    Duration waited = limiter.acquire(releasingOneCall, SearchListener.NONE);

    // both slots were busy though the window was long past: the third call waited for a reply,
    // then for that reply to be a window old
    assertThat(waits).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(10));
    assertThat(waited).isEqualTo(Duration.ofSeconds(15));
  }

  @Test
  void a429HoldsEveryCallerUntilTheServersReset() throws InterruptedException {
    SlidingWindowLimiter limiter = new SlidingWindowLimiter(100, Duration.ofSeconds(60), clock);
    callAsFastAsAllowed(limiter, 3, null, Duration.ZERO);

    limiter.holdFor(Duration.ofSeconds(7));
    Duration waited = limiter.acquire(sleeper, SearchListener.NONE);

    assertThat(waited).isEqualTo(Duration.ofSeconds(7));
  }
}

package io.totangoconnector.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenBucketLimiterTest {
  private final SettableClock clock = new SettableClock(Instant.parse("2025-01-01T00:00:00Z"));
  private final RecordingSleeper sleeper = new RecordingSleeper(clock);

  private List<Instant> callAsFastAsAllowed(TokenBucketLimiter limiter, int n, Random idle)
      throws InterruptedException {
    List<Instant> instants = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (idle != null && idle.nextInt(10) == 0) {
        // idle spells let the bucket fill, which is when a naive bucket bursts at a window edge
        clock.advance(Duration.ofMillis(idle.nextInt(90_000)));
      }
      limiter.acquire(sleeper, SearchListener.NONE);
      instants.add(clock.instant());
    }
    return instants;
  }

  @ParameterizedTest
  @CsvSource({"100, 60", "7, 1", "3, 10"})
  void busyCallerGetsTheFullBudgetAndNeverMore(int calls, long windowSeconds)
      throws InterruptedException {
    Duration window = Duration.ofSeconds(windowSeconds);
    TokenBucketLimiter limiter = new TokenBucketLimiter(calls, window, clock);

    List<Instant> instants = callAsFastAsAllowed(limiter, 1000, null);

    assertThat(SlidingWindows.busiest(instants, window)).isEqualTo(calls);
    // 999 gaps of window/calls each: the achieved rate is the budget, to within rounding
    Duration span = Duration.between(instants.get(0), instants.get(999));
    double expectedNanos = 999.0 * window.toNanos() / calls;
    assertThat((double) span.toNanos())
        .isCloseTo(expectedNanos, org.assertj.core.data.Percentage.withPercentage(0.01));
  }

  @ParameterizedTest
  @CsvSource({"1", "2", "3"})
  void idleSpellsNeverLetABurstExceedTheBudget(long seed) throws InterruptedException {
    Duration window = Duration.ofSeconds(60);
    TokenBucketLimiter limiter = new TokenBucketLimiter(100, window, clock);

    List<Instant> instants = callAsFastAsAllowed(limiter, 1000, new Random(seed));

    assertThat(SlidingWindows.busiest(instants, window)).isLessThanOrEqualTo(100);
  }

  @org.junit.jupiter.api.Test
  void waitsAreReportedAndTakenThroughTheSleeper() throws InterruptedException {
    TokenBucketLimiter limiter = new TokenBucketLimiter(100, Duration.ofSeconds(60), clock);
    RecordingListener listener = new RecordingListener();

    Duration first = limiter.acquire(sleeper, listener);
    Duration second = limiter.acquire(sleeper, listener);

    assertThat(first).isZero();
    assertThat(second).isEqualTo(Duration.ofMillis(600));
    assertThat(listener.rateLimitWaits()).containsExactly(Duration.ofMillis(600));
    assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(600));
  }
}

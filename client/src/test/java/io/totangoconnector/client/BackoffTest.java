package io.totangoconnector.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffTest {
  private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60));

  @Test
  void eachRetryWaitsBetweenHalfAndAllOfADoublingCeiling() {
    Random random = new Random(3);
    long[] ceilings = {1, 2, 4, 8, 16, 32, 60, 60, 60};
    for (int retry = 1; retry <= ceilings.length; retry++) {
      Duration ceiling = Duration.ofSeconds(ceilings[retry - 1]);
      for (int sample = 0; sample < 50; sample++) {
        assertThat(backoff.delay(retry, random))
            .as("retry %d", retry)
            .isBetween(ceiling.dividedBy(2), ceiling);
      }
    }
  }

  @Test
  void jitterSpreadsTheDelays() {
    Random random = new Random(3);
    long distinct =
        java.util.stream.IntStream.range(0, 20)
            .mapToObj(i -> backoff.delay(3, random))
            .distinct()
            .count();

    assertThat(distinct).isEqualTo(20);
  }

  @Test
  void hugeRetryNumbersStayAtTheMaximum() {
    assertThat(backoff.delay(10_000, new Random(1)))
        .isBetween(Duration.ofSeconds(30), Duration.ofSeconds(60));
  }
}

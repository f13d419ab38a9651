package io.totangoconnector.client.functional;

import static org.assertj.core.api.Assertions.assertThat;

import io.totangoconnector.client.Report;
import io.totangoconnector.client.SearchStats;
import io.totangoconnector.client.SlidingWindows;
import io.totangoconnector.client.TestQueries;
import io.totangoconnector.emulator.RecordedRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Against the emulator's strict sliding-window limit, on a clock shared with the client: hours of
 * paced calls run in a moment.
 */
class RateLimitTest {
  private static final Duration MINUTE = Duration.ofSeconds(60);

  @Test
  void pacedClientNeverTripsTheLimitAndUsesTheWholeBudget() {
    try (Sandbox sandbox = new Sandbox(2500, b -> b.rateLimit(100, MINUTE))) {
      SearchStats stats =
          sandbox.client(10).search(Report.ACCOUNTS, TestQueries.noFields(), h -> {}, null);

      List<Instant> arrivals =
          sandbox.emulator.requests().stream().map(RecordedRequest::receivedAt).toList();
      assertThat(stats.rows()).isEqualTo(2500);
      assertThat(stats.calls()).isEqualTo(250);
      assertThat(stats.http429s()).isZero();
      assertThat(SlidingWindows.busiest(arrivals, MINUTE)).isEqualTo(100);
      // bursts of 100, each a window after the one before: the whole budget, never more
      assertThat(Duration.between(arrivals.get(0), arrivals.get(99))).isZero();
      assertThat(Duration.between(arrivals.get(0), arrivals.get(249)))
          .isEqualTo(MINUTE.multipliedBy(2));
      assertThat(stats.rateLimitWaited()).isEqualTo(MINUTE.multipliedBy(2));
    }
  }

  @Test
  void clientsSharingATokenShareItsBudget() {
    try (Sandbox sandbox = new Sandbox(1000, b -> b.rateLimit(100, MINUTE))) {
      SearchStats first =
          sandbox.client(10).search(Report.ACCOUNTS, TestQueries.noFields(), h -> {}, null);
      SearchStats second =
          sandbox.client(10).search(Report.ACCOUNTS, TestQueries.noFields(), h -> {}, null);

      List<Instant> arrivals =
          sandbox.emulator.requests().stream().map(RecordedRequest::receivedAt).toList();
      assertThat(first.http429s() + second.http429s()).isZero();
      assertThat(arrivals).hasSize(200);
      // the first client spent the window's budget, so the second client's first call waited
      // until the first client's first call was a window old
      assertThat(Duration.between(arrivals.get(0), arrivals.get(100))).isEqualTo(MINUTE);
      assertThat(second.rateLimitWaited()).isEqualTo(MINUTE);
    }
  }

  @Test
  void tooEagerClientHonoursEvery429AndStillReadsEverything() {
    try (Sandbox sandbox = new Sandbox(2000, b -> b.rateLimit(100, MINUTE))) {
      SearchStats stats =
          sandbox
              .client(b -> b.pageSize(10).rateLimit(1000, MINUTE))
              .search(Report.ACCOUNTS, TestQueries.noFields(), h -> {}, null);

      List<RecordedRequest> requests = sandbox.emulator.requests();
      assertThat(stats.rows()).isEqualTo(2000);
      assertThat(stats.http429s()).isPositive();
      for (int i = 0; i + 1 < requests.size(); i++) {
        if (requests.get(i).status() == 429) {
          // waiting what Retry-After said frees a slot: the next call is always accepted
          assertThat(requests.get(i + 1).status()).as("call after 429 #%d", i).isEqualTo(200);
        }
      }
    }
  }
}

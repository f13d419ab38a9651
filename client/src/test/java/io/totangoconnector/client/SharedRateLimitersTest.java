package io.totangoconnector.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SharedRateLimitersTest {
  private final SettableClock clock = new SettableClock(Instant.parse("2025-01-01T00:00:00Z"));

  private ClientConfig config(String base, String token, int calls) {
    return ClientConfig.builder()
        .baseUrl(URI.create(base))
        .appToken(token)
        .rateLimit(calls, Duration.ofSeconds(60))
        .clock(clock)
        .build();
  }

  @Test
  void sameTokenAndHostShareOneLimiter() {
    SlidingWindowLimiter a =
        SharedRateLimiters.forConfig(config("http://127.0.0.1:1/", "tok-share", 100));
    SlidingWindowLimiter b =
        SharedRateLimiters.forConfig(config("http://127.0.0.1:1", "tok-share", 100));

    assertThat(b).isSameAs(a);
  }

  @Test
  void otherTokenOrHostHasItsOwn() {
    SlidingWindowLimiter a =
        SharedRateLimiters.forConfig(config("http://127.0.0.1:1", "tok-a", 100));

    assertThat(SharedRateLimiters.forConfig(config("http://127.0.0.1:1", "tok-b", 100)))
        .isNotSameAs(a);
    assertThat(SharedRateLimiters.forConfig(config("http://127.0.0.1:2", "tok-a", 100)))
        .isNotSameAs(a);
  }

  @Test
  void newSettingsApplyToTheOneLimiterEveryClientShares() {
    SlidingWindowLimiter a =
        SharedRateLimiters.forConfig(config("http://127.0.0.1:1", "tok-new", 100));
    SlidingWindowLimiter b =
        SharedRateLimiters.forConfig(config("http://127.0.0.1:1", "tok-new", 50));

    // two limiters for one token would allow twice the budget
    assertThat(b).isSameAs(a);
    assertThat(a.hasSettings(50, Duration.ofSeconds(60), clock)).isTrue();
  }
}

package io.totangoconnector.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResetHeadersTest {
  private final SettableClock clock = new SettableClock(Instant.parse("2025-01-01T00:00:00Z"));

  private Duration waitFor(Map<String, String> headers) {
    Map<String, List<String>> multi = new java.util.HashMap<>();
    headers.forEach((k, v) -> multi.put(k, List.of(v)));
    return ResetHeaders.waitFrom(HttpHeaders.of(multi, (k, v) -> true), clock);
  }

  @Test
  void rateLimitResetIsSeconds() {
    assertThat(waitFor(Map.of("RateLimit-Reset", "12"))).isEqualTo(Duration.ofSeconds(12));
  }

  @Test
  void xRateLimitResetIsEpochSecondsWhenLarge() {
    long inNinety = clock.instant().getEpochSecond() + 90;

    assertThat(waitFor(Map.of("X-RateLimit-Reset", Long.toString(inNinety))))
        .isEqualTo(Duration.ofSeconds(90));
    assertThat(waitFor(Map.of("X-RateLimit-Reset", "5"))).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void retryAfterIsSecondsOrAnHttpDate() {
    assertThat(waitFor(Map.of("Retry-After", "2"))).isEqualTo(Duration.ofSeconds(2));
    assertThat(waitFor(Map.of("Retry-After", "Wed, 01 Jan 2025 00:00:45 GMT")))
        .isEqualTo(Duration.ofSeconds(45));
  }

  @Test
  void theLongestWaitWins() {
    assertThat(
            waitFor(Map.of("RateLimit-Reset", "4", "Retry-After", "9", "X-RateLimit-Reset", "6")))
        .isEqualTo(Duration.ofSeconds(9));
  }

  @Test
  void absentPastOrGarbledHeadersAskForNothing() {
    assertThat(waitFor(Map.of())).isZero();
    assertThat(waitFor(Map.of("Retry-After", "Tue, 31 Dec 2024 23:00:00 GMT"))).isZero();
    assertThat(waitFor(Map.of("RateLimit-Reset", "soon"))).isZero();
  }
}

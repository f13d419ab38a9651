package io.totangoconnector.emulator.functional;

import static org.assertj.core.api.Assertions.assertThat;

import io.totangoconnector.emulator.Emulator;
import io.totangoconnector.emulator.EmulatorConfig;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateLimitTest {
  private static final String QUERY = Api.form("{\"terms\":[],\"fields\":[],\"count\":1}");
  private final SettableClock clock = new SettableClock(Instant.parse("2025-06-15T12:00:00Z"));

  private Emulator start() {
    return Emulator.start(
        EmulatorConfig.builder()
            .accounts(50)
            .users(100)
            .clock(clock)
            .tokens(List.of("demo-token", "other-token"))
            .build());
  }

  @Test
  void call101InAWindowIs429AndTheNextWindowSucceeds() {
    try (Emulator emulator = start()) {
      Api api = new Api(emulator);
      for (int i = 0; i < 100; i++) {
        assertThat(api.post("accounts", Api.TOKEN, QUERY).statusCode()).isEqualTo(200);
        clock.advance(Duration.ofMillis(100));
      }

      HttpResponse<String> refused = api.post("accounts", Api.TOKEN, QUERY);

      assertThat(refused.statusCode()).isEqualTo(429);
      assertThat(refused.body()).isEqualTo("Too many requests");
      assertThat(refused.headers().firstValue("RateLimit-Limit")).hasValue("100");
      assertThat(refused.headers().firstValue("RateLimit-Remaining")).hasValue("0");
      // the first call (at 0 s) leaves the window at 60 s; now is 10 s
      assertThat(refused.headers().firstValue("RateLimit-Reset")).hasValue("50");
      assertThat(refused.headers().firstValue("Retry-After")).hasValue("50");

      clock.advance(Duration.ofSeconds(50));
      assertThat(api.post("accounts", Api.TOKEN, QUERY).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void everyReplyCarriesTheRateLimitHeaders() {
    try (Emulator emulator = start()) {
      Api api = new Api(emulator);
      api.post("accounts", Api.TOKEN, QUERY);
      clock.advance(Duration.ofMillis(1500));

      HttpResponse<String> second = api.post("accounts", Api.TOKEN, QUERY);

      assertThat(second.headers().firstValue("RateLimit-Limit")).hasValue("100");
      assertThat(second.headers().firstValue("RateLimit-Remaining")).hasValue("98");
      assertThat(second.headers().firstValue("RateLimit-Reset")).hasValue("59");
    }
  }

  @Test
  void refusedCallsDoNotConsumeBudget() {
    try (Emulator emulator = start()) {
      Api api = new Api(emulator);
      for (int i = 0; i < 100; i++) {
        api.post("accounts", Api.TOKEN, QUERY);
      }
      clock.advance(Duration.ofSeconds(30));
      for (int i = 0; i < 5; i++) {
        assertThat(api.post("accounts", Api.TOKEN, QUERY).statusCode()).isEqualTo(429);
      }

      clock.advance(Duration.ofSeconds(30));

      assertThat(api.post("accounts", Api.TOKEN, QUERY).headers().firstValue("RateLimit-Remaining"))
          .hasValue("99");
    }
  }

  @Test
  void budgetsArePerToken() {
    try (Emulator emulator = start()) {
      Api api = new Api(emulator);
      for (int i = 0; i < 100; i++) {
        api.post("accounts", Api.TOKEN, QUERY);
      }

      assertThat(api.post("accounts", Api.TOKEN, QUERY).statusCode()).isEqualTo(429);
      assertThat(api.post("accounts", "other-token", QUERY).statusCode()).isEqualTo(200);
    }
  }
}

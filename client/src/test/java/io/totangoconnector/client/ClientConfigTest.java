package io.totangoconnector.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ClientConfigTest {
  private static ClientConfig.Builder valid() {
    return ClientConfig.builder().region(Region.EU).appToken("secret-token-123");
  }

  @Test
  void defaultsFollowTheDocumentedLimits() {
    ClientConfig config = valid().build();

    assertThat(config.baseUrl()).isEqualTo(URI.create("https://api-eu1.totango.com"));
    assertThat(config.pageSize()).isEqualTo(1000);
    assertThat(config.rateLimitCalls()).isEqualTo(100);
    assertThat(config.rateLimitWindow()).isEqualTo(Duration.ofSeconds(60));
    assertThat(config.maxAttempts()).isEqualTo(6);
    assertThat(config.requestTimeout()).isEqualTo(Duration.ofSeconds(120));
    assertThat(config.backoffInitial()).isEqualTo(Duration.ofSeconds(1));
    assertThat(config.backoffMax()).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void toStringNeverShowsTheToken() {
    assertThat(valid().build().toString())
        .doesNotContain("secret-token-123")
        .contains("appToken=***");
  }

  @Test
  void eachValueIsCheckedWithItsAllowedRange() {
    assertThatThrownBy(() -> valid().pageSize(0))
        .hasMessage("pageSize must be between 1 and 1000, got 0");
    assertThatThrownBy(() -> valid().pageSize(1001))
        .hasMessage("pageSize must be between 1 and 1000, got 1001");
    assertThatThrownBy(() -> valid().maxAttempts(0))
        .hasMessage("maxAttempts must be between 1 and 100, got 0");
    assertThatThrownBy(() -> valid().rateLimit(0, Duration.ofSeconds(60)))
        .hasMessage("rateLimit calls must be at least 1, got 0");
    assertThatThrownBy(() -> valid().rateLimit(100, Duration.ZERO))
        .hasMessage("rateLimit window must be a positive duration, got PT0S");
    assertThatThrownBy(() -> valid().requestTimeout(Duration.ofSeconds(-1)))
        .hasMessage("requestTimeout must be a positive duration, got PT-1S");
    assertThatThrownBy(() -> valid().backoff(Duration.ofSeconds(5), Duration.ofSeconds(1)))
        .hasMessage("backoff maximum delay must be at least the initial delay (PT5S), got PT1S");
  }

  @Test
  void baseUrlMustBeHttpWithAHost() {
    assertThatThrownBy(() -> valid().baseUrl(URI.create("ftp://example.com")))
        .hasMessage(
            "baseUrl must be an http or https URL with a host, such as https://api.totango.com;"
                + " got 'ftp://example.com'");
  }

  @Test
  void tokenMustBeOneLineAndNotEmpty() {
    assertThatThrownBy(() -> valid().appToken(" ")).hasMessage("appToken must not be empty");
    assertThatThrownBy(() -> valid().appToken("abc\ndef"))
        .hasMessage(
            "appToken must not contain line breaks or control characters; was it pasted whole?");
  }

  @Test
  void baseUrlAndTokenAreRequired() {
    assertThatThrownBy(() -> ClientConfig.builder().appToken("t").build())
        .hasMessage("baseUrl (or region) is required");
    assertThatThrownBy(() -> ClientConfig.builder().region(Region.US).build())
        .hasMessage("appToken is required");
  }
}

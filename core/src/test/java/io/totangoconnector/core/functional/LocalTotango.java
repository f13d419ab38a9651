package io.totangoconnector.core.functional;

import io.totangoconnector.client.ClientConfig;
import io.totangoconnector.client.query.QueryImport;
import io.totangoconnector.client.query.SearchQuery;
import io.totangoconnector.emulator.Emulator;
import io.totangoconnector.emulator.EmulatorConfig;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

/** The emulator and client settings the functional tests share: one token, nothing throttled. */
final class LocalTotango {
  /** Every record, with one text field: the health. */
  static final SearchQuery HEALTH_OF_ALL =
      QueryImport.parse(
              "{\"terms\":[],\"fields\":[{\"type\":\"string\",\"term\":\"health\","
                  + "\"field_display_name\":\"Health\"}]}")
          .query();

  private LocalTotango() {}

  /** An emulator on a free loopback port accepting {@code token}, with {@code data}'s records. */
  static Emulator start(String token, UnaryOperator<EmulatorConfig.Builder> data) {
    return Emulator.start(
        data.apply(EmulatorConfig.builder().port(0).tokens(List.of(token)).rateLimitOff()).build());
  }

  /** A client of {@code emulator} whose own rate limit never holds a test back. */
  static ClientConfig.Builder client(Emulator emulator, String token) {
    return ClientConfig.builder()
        .baseUrl(emulator.baseUrl())
        .appToken(token)
        .rateLimit(100_000, Duration.ofSeconds(1));
  }
}

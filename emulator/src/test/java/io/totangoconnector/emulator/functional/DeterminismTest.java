package io.totangoconnector.emulator.functional;

import static org.assertj.core.api.Assertions.assertThat;

import io.totangoconnector.emulator.Emulator;
import io.totangoconnector.emulator.EmulatorConfig;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeterminismTest {
  static final String EVERY_ACCOUNT_FIELD =
      "[{\"type\":\"string\",\"term\":\"health\"},{\"type\":\"string\",\"term\":\"status\"},"
          + "{\"type\":\"number\",\"term\":\"contract_value\"},{\"type\":\"health_trend\"},"
          + "{\"type\":\"health_reason\"},{\"type\":\"owner\",\"account_role\":\"Success Manager\"},"
          + "{\"type\":\"on_attention\"},{\"type\":\"last_touch\"},"
          + "{\"type\":\"string_attribute\",\"attribute\":\"Notes, free text\"},"
          + "{\"type\":\"number_attribute\",\"attribute\":\"ARR ($)\"},"
          + "{\"type\":\"date_attribute\",\"attribute\":\"Renewal Date\"},"
          + "{\"type\":\"simple_date_attribute\",\"attribute\":\"Renewal Date\"},"
          + "{\"type\":\"list_attribute\",\"attribute\":\"Tags (ops)\"},{\"type\":\"products\"},"
          + "{\"type\":\"lifecycle_attribute\",\"attribute\":\"Customer Lifecycle\"},"
          + "{\"type\":\"number_metric\",\"metric\":\"active_users\",\"source\":\"x\"},"
          + "{\"type\":\"named_aggregation\",\"aggregation\":\"unique_users\",\"duration\":14}]";

  private static List<String> bodies(long seed) {
    Clock clock = Clock.fixed(SharedEmulator.NOW, ZoneOffset.UTC);
    try (Emulator emulator =
        Emulator.start(EmulatorConfig.builder().seed(seed).clock(clock).rateLimitOff().build())) {
      Api api = new Api(emulator);
      return List.of(
          api.post(
                  "accounts",
                  Api.TOKEN,
                  Api.form("{\"terms\":[],\"count\":1000,\"fields\":" + EVERY_ACCOUNT_FIELD + "}"))
              .body(),
          api.post(
                  "users",
                  Api.TOKEN,
                  Api.form(
                      "{\"terms\":[],\"count\":1000,\"offset\":3000,"
                          + "\"fields\":[{\"type\":\"string_attribute\",\"attribute\":\"Title\"}],"
                          + "\"parent_account_fields\":"
                          + EVERY_ACCOUNT_FIELD
                          + "}"))
              .body());
    }
  }

  @Test
  void sameSeedGivesByteIdenticalResponses() {
    List<String> first = bodies(7);

    assertThat(bodies(7)).isEqualTo(first);
    assertThat(first.get(0)).contains("\"status\":\"success\"");
    assertThat(first.get(1)).contains("\"status\":\"success\"");
  }

  @Test
  void anotherSeedGivesOtherData() {
    assertThat(bodies(8).get(0)).isNotEqualTo(bodies(7).get(0));
  }
}

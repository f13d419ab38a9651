package io.totangoconnector.emulator.functional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.totangoconnector.emulator.Emulator;
import io.totangoconnector.emulator.EmulatorConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixtureTest {
  private static final String FIXTURE =
      """
      {"anchor": "2025-01-01T00:00:00Z",
       "accounts": [
         {"id": "a-1", "display_name": "Zeta GmbH", "last_activity_time": 1700000000000,
          "status_group": "paying", "health": "green", "contract_value": 1200.5,
          "owners": {"Success Manager": {"name": "Kim", "email": "kim@x.example"}},
          "attributes": {"Region [Sales]": "EMEA", "Seats (licensed)": 12}},
         {"id": "a-2", "display_name": "Alpha, \\"Inc\\"", "last_activity_time": null,
          "status_group": "trial", "health": "red"}
       ],
       "users": [
         {"id": "u1@x.example", "display_name": "Ann", "account_id": "a-1",
          "first_activity_time": 1600000000000, "last_activity_time": 1700000000000,
          "attributes": {"Role": "Admin"}},
         {"id": "u2@x.example", "display_name": "Bob", "account_id": "a-2"}
       ]}
      """;

  @Test
  void fixtureReplacesTheGenerator(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("data.json"), FIXTURE);
    try (Emulator emulator =
        Emulator.start(EmulatorConfig.builder().fixture(file).rateLimitOff().build())) {
      Api api = new Api(emulator);

      JsonNode accounts =
          api.search(
              "accounts",
              "{\"terms\":[],\"fields\":["
                  + "{\"type\":\"owner\",\"account_role\":\"Success Manager\"},"
                  + "{\"type\":\"number_attribute\",\"attribute\":\"Seats (licensed)\"},"
                  + "{\"type\":\"number\",\"term\":\"contract_value\"}]}");

      assertThat(accounts.path("total_hits").asInt()).isEqualTo(2);
      assertThat(accounts.path("hits").get(0).path("display_name").asText())
          .isEqualTo("Alpha, \"Inc\"");
      assertThat(accounts.path("hits").get(0).path("last_activity_time").isNull()).isTrue();
      assertThat(accounts.path("hits").get(1).path("selected_fields").toString())
          .isEqualTo(
              "[{\"owner_value\":\"Kim\",\"owner_tid_value\":\"kim@x.example\"},12.0,1200.5]");
      JsonNode users =
          api.search(
              "users",
              "{\"terms\":[{\"type\":\"parent_account\",\"terms\":"
                  + "[{\"type\":\"string\",\"term\":\"health\",\"in_list\":[\"red\"]}]}],\"fields\":[]}");
      assertThat(users.path("total_hits").asInt()).isEqualTo(1);
      assertThat(users.path("hits").get(0).path("name").asText()).isEqualTo("u2@x.example");
      assertThat(emulator.startupMessage()).contains("2 accounts, 2 users from " + file);
    }
  }

  @Test
  void fixtureUserWithUnknownAccountIsRefused(@TempDir Path dir) throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("bad.json"),
            "{\"accounts\":[{\"id\":\"a\","
                + "\"display_name\":\"A\"}],\"users\":[{\"id\":\"u\",\"display_name\":\"U\","
                + "\"account_id\":\"nope\"}]}");
    EmulatorConfig config = EmulatorConfig.builder().fixture(file).build();

    assertThatThrownBy(() -> Emulator.start(config))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fixture user u is a duplicate or names an unknown account_id nope");
  }
}

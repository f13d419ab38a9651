package io.totangoconnector.emulator.functional;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.totangoconnector.emulator.AccountRecord;
import io.totangoconnector.emulator.UserRecord;
import org.junit.jupiter.api.Test;

class ParentAccountFieldsTest {
  private final Api api = new Api(SharedEmulator.get());

  @Test
  void indexedParentFieldsGoToTheirIndexOthersFollowUserFields() {
    JsonNode hits =
        api.search(
                "users",
                "{\"terms\":[],\"count\":50,\"sort_by\":\"name\","
                    + "\"fields\":[{\"type\":\"string\",\"term\":\"identifier\"},"
                    + "{\"type\":\"string_attribute\",\"attribute\":\"Role\"}],"
                    + "\"parent_account_fields\":[{\"type\":\"string\",\"term\":\"identifier\"},"
                    + "{\"type\":\"string\",\"term\":\"health\",\"index\":0}]}")
            .path("hits");

    assertThat(hits).hasSize(50);
    for (JsonNode hit : hits) {
      UserRecord user =
          SharedEmulator.data().users().stream()
              .filter(u -> u.id().equals(hit.path("name").asText()))
              .findFirst()
              .orElseThrow();
      AccountRecord account = SharedEmulator.data().accountOf(user);
      JsonNode values = hit.path("selected_fields");
      assertThat(values).hasSize(4);
      assertThat(values.get(0).asText()).isEqualTo(account.health());
      assertThat(values.get(1).asText()).isEqualTo(user.id());
      assertThat(values.get(2).asText()).isEqualTo(user.attributes().get("Role"));
      assertThat(values.get(3).asText()).isEqualTo(account.id());
      assertThat(hit.path("account").path("name").asText()).isEqualTo(account.id());
      assertThat(hit.path("account").path("display_name").asText())
          .isEqualTo(account.displayName());
    }
  }

  @Test
  void indexOutOfRangeIs400() {
    var response =
        api.post(
            "users",
            Api.TOKEN,
            Api.form(
                "{\"terms\":[],\"fields\":[],"
                    + "\"parent_account_fields\":[{\"type\":\"string\",\"term\":\"health\",\"index\":3}]}"));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(Api.parse(response.body()).path("_error").asText())
        .isEqualTo("parent_account_fields[0].index 3 is out of range 0..0 or used twice");
  }
}

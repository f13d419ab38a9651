package io.totangoconnector.emulator.functional;

import static org.assertj.core.api.Assertions.assertThat;

import io.totangoconnector.emulator.AccountRecord;
import io.totangoconnector.emulator.Emulator;
import io.totangoconnector.emulator.EmulatorConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

class MutationTest {
  private static final String ALL = "{\"terms\":[],\"fields\":[],\"count\":1000}";

  @Test
  void addedAndRemovedRecordsShowInTheNextSearch() {
    try (Emulator emulator =
        Emulator.start(EmulatorConfig.builder().accounts(300).users(900).rateLimitOff().build())) {
      Api api = new Api(emulator);
      assertThat(api.search("accounts", ALL).path("total_hits").asInt()).isEqualTo(300);

      emulator.addAccounts(20);
      emulator.addUsers(100);
      assertThat(api.search("accounts", ALL).path("total_hits").asInt()).isEqualTo(320);
      assertThat(api.search("users", ALL).path("total_hits").asInt()).isEqualTo(1000);

      List<String> before = emulator.dataset().accounts().stream().map(AccountRecord::id).toList();
      emulator.removeAccounts(10);
      List<String> after = emulator.dataset().accounts().stream().map(AccountRecord::id).toList();
      long usersLeft = emulator.dataset().users().size();

      assertThat(after).hasSize(310).isSubsetOf(before);
      assertThat(api.search("accounts", ALL).path("total_hits").asInt()).isEqualTo(310);
      assertThat(api.search("users", ALL).path("total_hits").asLong()).isEqualTo(usersLeft);
      assertThat(usersLeft).isLessThan(1000);
    }
  }
}

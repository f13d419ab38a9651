package io.totangoconnector.emulator.functional;

import static org.assertj.core.api.Assertions.assertThat;

import io.totangoconnector.emulator.AccountRecord;
import io.totangoconnector.emulator.Emulator;
import io.totangoconnector.emulator.EmulatorConfig;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The client reads past the cap by slicing on last_activity_time; slices must be exact. */
class ActivitySlicingTest {
  private static String slice(long from, long to) {
    return "[{\"type\":\"date\",\"term\":\"last_activity_time\",\"gte\":"
        + from
        + "},"
        + "{\"type\":\"date\",\"term\":\"last_activity_time\",\"lt\":"
        + to
        + "}]";
  }

  @Test
  void adjacentSlicesPlusNeverActiveCountEveryRecordOnce() {
    try (Emulator emulator =
        Emulator.start(
            EmulatorConfig.builder().rateLimitOff().users(20_000).neverActiveUsers(700).build())) {
      Api api = new Api(emulator);
      long anchor = emulator.dataset().anchor().toEpochMilli();
      long step = 37L * 86_400_000 + 12_345;
      long sum = 0;
      for (long from = anchor - 30 * step; from < anchor; from += step) {
        sum += api.totalHits("users", slice(from, from + step));
      }
      long never =
          api.totalHits("users", "[{\"type\":\"date\",\"term\":\"last_activity_time\",\"eq\":0}]");

      assertThat(never).isEqualTo(700);
      assertThat(sum + never).isEqualTo(20_000);
    }
  }

  @Test
  void accountsAtOneInstantShareExactlyOneTime() {
    try (Emulator emulator =
        Emulator.start(EmulatorConfig.builder().rateLimitOff().accountsAtOneInstant(300).build())) {
      Map<Long, Long> byTime =
          emulator.dataset().accounts().stream()
              .filter(a -> a.lastActivityTime() != null)
              .collect(
                  Collectors.groupingBy(AccountRecord::lastActivityTime, Collectors.counting()));
      long shared =
          byTime.entrySet().stream()
              .filter(e -> e.getValue() == 300)
              .map(Map.Entry::getKey)
              .findFirst()
              .orElseThrow();

      long hits = new Api(emulator).totalHits("accounts", slice(shared, shared + 1));

      assertThat(hits).isEqualTo(300);
      assertThat(byTime.values().stream().filter(n -> n > 1).map(Function.identity()).toList())
          .containsOnly(300L);
    }
  }
}

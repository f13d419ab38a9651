package io.totangoconnector.emulator.functional;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.totangoconnector.emulator.AccountRecord;
import io.totangoconnector.emulator.UserRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PagingAndSortTest {
  private final Api api = new Api(SharedEmulator.get());

  private List<String> pageThrough(String report, String sort, int pageSize) {
    List<String> ids = new ArrayList<>();
    for (int offset = 0; ; offset += pageSize) {
      JsonNode result =
          api.search(
              report,
              "{\"terms\":[],\"fields\":[],\"count\":"
                  + pageSize
                  + ",\"offset\":"
                  + offset
                  + ","
                  + sort
                  + "}");
      result.path("hits").forEach(h -> ids.add(h.path("name").asText()));
      if (result.path("hits").size() < pageSize) {
        return ids;
      }
    }
  }

  private static Comparator<String> folded() {
    return Comparator.<String, String>comparing(s -> s.toLowerCase(Locale.ROOT))
        .thenComparing(Comparator.naturalOrder());
  }

  @Test
  void pagingReturnsEveryAccountOnceInDisplayNameOrder() {
    List<String> expected =
        SharedEmulator.data().accounts().stream()
            .sorted(
                Comparator.comparing(AccountRecord::displayName, folded())
                    .thenComparing(AccountRecord::id))
            .map(AccountRecord::id)
            .toList();

    List<String> ids = pageThrough("accounts", "\"sort_by\":\"display_name\"", 700);

    assertThat(ids).hasSize(2500).doesNotHaveDuplicates().isEqualTo(expected);
  }

  @Test
  void pagingReturnsEveryUserOnce() {
    List<String> ids = pageThrough("users", "\"sort_by\":\"display_name\"", 1000);

    assertThat(ids)
        .hasSize(10_000)
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(
            SharedEmulator.data().users().stream().map(UserRecord::id).toList());
  }

  @Test
  void lastActivityDescendingPutsNeverActiveLastAndTiesById() {
    Comparator<Long> nullsFirst = Comparator.nullsFirst(Comparator.naturalOrder());
    List<String> expected =
        SharedEmulator.data().accounts().stream()
            .sorted(
                Comparator.comparing(AccountRecord::lastActivityTime, nullsFirst.reversed())
                    .thenComparing(AccountRecord::id))
            .map(AccountRecord::id)
            .toList();

    List<String> ids =
        pageThrough("accounts", "\"sort_by\":\"last_activity_time\",\"sort_order\":\"DESC\"", 1000);

    assertThat(ids).isEqualTo(expected);
  }

  @Test
  void sortByNameAscendingIsIdOrder() {
    List<String> ids = pageThrough("accounts", "\"sort_by\":\"name\"", 1000);

    assertThat(ids).isSorted().hasSize(2500);
  }

  @Test
  void sortByRequestedFieldDisplayName() {
    JsonNode hits =
        api.search(
                "accounts",
                "{\"terms\":[],\"count\":1000,\"fields\":[{\"type\":"
                    + "\"number\",\"term\":\"contract_value\",\"field_display_name\":\"Contract (USD) \"}],"
                    + "\"sort_by\":\"Contract (USD) \",\"sort_order\":\"DESC\"}")
            .path("hits");

    List<Double> values = new ArrayList<>();
    hits.forEach(h -> values.add(h.path("selected_fields").get(0).asDouble()));
    double max =
        SharedEmulator.data().accounts().stream()
            .filter(a -> a.contractValue() != null)
            .mapToDouble(AccountRecord::contractValue)
            .max()
            .orElseThrow();
    assertThat(values.get(0)).isEqualTo(max);
    assertThat(values).isSortedAccordingTo(Comparator.reverseOrder());
  }
}

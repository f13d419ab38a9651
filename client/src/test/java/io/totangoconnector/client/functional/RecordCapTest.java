package io.totangoconnector.client.functional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.totangoconnector.client.Hit;
import io.totangoconnector.client.RecordCapException;
import io.totangoconnector.client.Report;
import io.totangoconnector.client.SearchListener;
import io.totangoconnector.client.SearchStats;
import io.totangoconnector.client.TestQueries;
import io.totangoconnector.emulator.AccountRecord;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Past 10,000 records the emulator, like Totango, silently serves empty pages: we must not. */
class RecordCapTest {
  @Test
  void moreThanTheCapFromTheStartIsReadInSlices() {
    try (Sandbox sandbox = new Sandbox(10_050)) {
      List<Hit> hits = new ArrayList<>();

      SearchStats stats =
          sandbox.client(1000).search(Report.ACCOUNTS, TestQueries.noFields(), hits::addAll, null);

      List<String> expected =
          sandbox.emulator.dataset().accounts().stream().map(AccountRecord::id).toList();
      assertThat(hits).extracting(Hit::id).doesNotHaveDuplicates();
      assertThat(hits).extracting(Hit::id).containsExactlyInAnyOrderElementsOf(expected);
      assertThat(stats.slices()).isGreaterThan(1);
    }
  }

  @Test
  void aCountThatGrowsPastTheCapWhilePagingFailsWithTheNumbers() {
    try (Sandbox sandbox = new Sandbox(9_990)) {
      SearchListener growing =
          new SearchListener() {
            @Override
            public void onPage(long offset, int hits) {
              if (offset == 0) {
                sandbox.emulator.addAccounts(100);
              }
            }
          };

      assertThatThrownBy(
              () ->
                  sandbox
                      .client(1000)
                      .search(Report.ACCOUNTS, TestQueries.noFields(), hits -> {}, growing))
          .isInstanceOf(RecordCapException.class)
          .hasMessage(
              "The query matches 10,090 accounts, but Totango serves at most 10,000 records per"
                  + " query; narrow the query with more filter terms so that it matches at most"
                  + " 10,000.");
      assertThat(sandbox.emulator.callCount()).isEqualTo(2);
    }
  }

  @Test
  void exactlyTheCapIsReadWhole() {
    try (Sandbox sandbox = new Sandbox(10_000)) {
      List<Hit> hits = new ArrayList<>();

      SearchStats stats =
          sandbox.client(1000).search(Report.ACCOUNTS, TestQueries.noFields(), hits::addAll, null);

      assertThat(hits).extracting(Hit::id).doesNotHaveDuplicates().hasSize(10_000);
      assertThat(stats.calls()).isEqualTo(10);
      assertThat(stats.slices()).isEqualTo(1);
    }
  }
}

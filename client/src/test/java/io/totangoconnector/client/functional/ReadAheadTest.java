package io.totangoconnector.client.functional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.totangoconnector.client.Hit;
import io.totangoconnector.client.Report;
import io.totangoconnector.client.SearchStats;
import io.totangoconnector.client.TestQueries;
import io.totangoconnector.emulator.AccountRecord;
import io.totangoconnector.emulator.Fault;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Pages fetched ahead while the current one is handed on: same records, calls overlapping. */
class ReadAheadTest {

  @Test
  void pagesAreFetchedWhileTheConsumerIsStillBusyWithTheFirst() {
    try (Sandbox sandbox = new Sandbox(2000)) {
      List<Hit> hits = new ArrayList<>();
      AtomicInteger callsWhileFirstPageHeld = new AtomicInteger();

      SearchStats stats =
          sandbox
              .client(b -> b.pageSize(200).readAhead(3))
              .search(
                  Report.ACCOUNTS,
                  TestQueries.noFields(),
                  page -> {
                    if (hits.isEmpty()) {
                      // hold the first page until the three pages after it have been asked for
                      await()
                          .atMost(Duration.ofSeconds(20))
                          .until(() -> sandbox.emulator.callCount() >= 4);
                      callsWhileFirstPageHeld.set(sandbox.emulator.callCount());
                    }
                    hits.addAll(page);
                  },
                  null);

      assertThat(callsWhileFirstPageHeld.get()).isEqualTo(4); // never more than 3 ahead
      assertThat(hits).extracting(Hit::id).doesNotHaveDuplicates().hasSize(2000);
      assertThat(hits)
          .extracting(Hit::id)
          .containsExactlyInAnyOrderElementsOf(
              sandbox.emulator.dataset().accounts().stream().map(AccountRecord::id).toList());
      assertThat(stats.calls()).isEqualTo(10).isEqualTo(sandbox.emulator.callCount());
      assertThat(stats.pages()).isEqualTo(10);
    }
  }

  @Test
  void aFailedPageFetchedAheadIsRetriedAndArrivesInOrder() {
    try (Sandbox sandbox = new Sandbox(1000)) {
      sandbox.emulator.script(3, Fault.status(503, "<html>busy</html>"));
      List<Hit> hits = new ArrayList<>();

      SearchStats stats =
          sandbox
              .client(b -> b.pageSize(100).readAhead(3))
              .search(Report.ACCOUNTS, TestQueries.noFields(), hits::addAll, null);

      List<String> inEmulatorOrder =
          sandbox.emulator.dataset().accounts().stream().map(AccountRecord::id).toList();
      assertThat(hits).extracting(Hit::id).doesNotHaveDuplicates().hasSize(1000);
      assertThat(hits).extracting(Hit::id).containsExactlyInAnyOrderElementsOf(inEmulatorOrder);
      assertThat(stats.retries()).isEqualTo(1);
      assertThat(stats.calls()).isEqualTo(11);
    }
  }
}

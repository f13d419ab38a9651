package io.totangoconnector.client.functional;

import static org.assertj.core.api.Assertions.assertThat;

import io.totangoconnector.client.Report;
import io.totangoconnector.client.SearchStats;
import io.totangoconnector.client.TestQueries;
import io.totangoconnector.emulator.AccountRecord;
import io.totangoconnector.emulator.CapMode;
import io.totangoconnector.emulator.DataView;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Past the cap with Totango's silent empty pages: every record, once, within the call budget. */
class SlicingTest {
  private static Sandbox sandbox;
  private static DataView data;

  @BeforeAll
  static void start() {
    sandbox = BigDataset.start(CapMode.EMPTY);
    data = sandbox.emulator.dataset();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @Test
  void everyUserOnceWithinTheBudget() {
    List<String> expected = BigDataset.userKeys(data, a -> true);
    SliceRecorder slices = new SliceRecorder();

    SearchStats stats =
        BigDataset.read(sandbox, Report.USERS, TestQueries.noFields(), expected, slices);

    assertThat(stats.probeCalls()).isEqualTo(1);
    assertThat(slices.ranges).hasSize(stats.slices()).startsWith("no activity (never active)");
    long neverActive = data.users().stream().filter(u -> u.lastActivityTime() == null).count();
    assertThat(slices.hits.get(0)).isEqualTo(neverActive).isEqualTo(12_000);
  }

  @Test
  void everyAccountOnceDespiteElevenThousandAtOneInstant() {
    List<String> expected = BigDataset.accountKeys(data, a -> true);
    SliceRecorder slices = new SliceRecorder();

    SearchStats stats =
        BigDataset.read(sandbox, Report.ACCOUNTS, TestQueries.noFields(), expected, slices);

    Map.Entry<Long, Long> crowd = largestInstant(data.accounts());
    assertThat(crowd.getValue()).isEqualTo(11_000);
    int crowdSlice =
        slices.ranges.indexOf("last activity at " + Instant.ofEpochMilli(crowd.getKey()));
    assertThat(crowdSlice).isPositive();
    assertThat(slices.hits.get(crowdSlice)).isEqualTo(11_000);
    assertThat(stats.probeCalls()).isEqualTo(2);
  }

  @Test
  void aFilterStillOverTheCapIsSlicedWithinIt() {
    List<String> groups = List.of("paying");
    List<String> expected = BigDataset.accountKeys(data, BigDataset.statusIn(Set.copyOf(groups)));
    assertThat(expected.size()).isGreaterThan(20_000);

    SearchStats stats =
        BigDataset.read(sandbox, Report.ACCOUNTS, BigDataset.statusQuery(groups), expected, null);

    assertThat(stats.slices()).isGreaterThan(2);
  }

  @Test
  void usersOfAnAccountFilterOverTheCapAreSliced() {
    List<String> groups = List.of("churned", "prospect");
    List<String> expected = BigDataset.userKeys(data, BigDataset.statusIn(Set.copyOf(groups)));
    assertThat(expected.size()).isGreaterThan(10_000);

    SearchStats stats =
        BigDataset.read(sandbox, Report.USERS, BigDataset.statusQuery(groups), expected, null);

    assertThat(stats.slices()).isGreaterThan(1);
  }

  private static Map.Entry<Long, Long> largestInstant(List<AccountRecord> accounts) {
    return accounts.stream()
        .map(AccountRecord::lastActivityTime)
        .filter(Objects::nonNull)
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
        .entrySet()
        .stream()
        .max(Map.Entry.comparingByValue())
        .orElseThrow();
  }
}

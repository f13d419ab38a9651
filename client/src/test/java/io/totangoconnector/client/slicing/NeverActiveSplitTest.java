package io.totangoconnector.client.slicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.totangoconnector.client.Report;
import io.totangoconnector.client.SearchListener;
import io.totangoconnector.client.TestQueries;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NeverActiveSplitTest {
  private static final long RECENT = 1_700_000_000_000L; // 2023, above 2^40 ms
  private static final long OLD = 1_000_000_000_000L; // 2001, below 2^40 ms

  /** {@code n} never-active users whose accounts were last active at {@code account(i)}. */
  private static List<FakeRecords.Rec> users(int n, String prefix, Long account, long step) {
    return IntStream.range(0, n)
        .mapToObj(
            i -> new FakeRecords.Rec(prefix + i, null, account == null ? null : account + i * step))
        .toList();
  }

  private static List<FakeRecords.Rec> all(List<List<FakeRecords.Rec>> parts) {
    return parts.stream().flatMap(List::stream).toList();
  }

  private static SlicedRead read(FakeRecords source, Report report, int total, List<String> ids) {
    return new SlicedSearch(source, report, 1000, 0)
        .run(
            TestQueries.noFields(),
            total,
            hits -> hits.forEach(h -> ids.add(h.id())),
            SearchListener.NONE);
  }

  @Test
  void neverActiveUsersOverTwentyThousandAreSplitByAccountActivity() {
    List<FakeRecords.Rec> all =
        all(
            List.of(
                users(3_000, "n", null, 0),
                users(11_000, "o", OLD, 7),
                users(11_000, "r", RECENT, 7)));
    FakeRecords source = new FakeRecords(all, true);
    List<String> ids = new ArrayList<>();

    SlicedRead result = read(source, Report.USERS, all.size(), ids);

    assertThat(ids).doesNotHaveDuplicates();
    assertThat(ids).containsExactlyInAnyOrderElementsOf(all.stream().map(r -> r.id()).toList());
    // probes: the unsliced count, the group's first page, [1, 2^41) halved, [2^41, 2^53) empty
    assertThat(result.probeCalls()).isEqualTo(4);
    // the group 1, account never active 3, [1, 2^41) 1, each half 10 + 1, the tail 1, windows 1
    assertThat(source.calls).isEqualTo(29);
  }

  @Test
  void moreThanTwentyThousandUsersOfAccountsActiveAtOneInstantFail() {
    List<FakeRecords.Rec> all = all(List.of(users(20_001, "i", RECENT, 0), users(5, "n", null, 0)));
    FakeRecords source = new FakeRecords(all, true);

    assertThatThrownBy(() -> read(source, Report.USERS, all.size(), new ArrayList<>()))
        .isInstanceOf(SliceTooLargeException.class)
        .hasMessageStartingWith(
            "20,001 users match with no activity (never active) and account last active at"
                + " 2023-11-14T22:13:20Z, more than the 20,000");
  }

  @Test
  void moreThanTwentyThousandUsersOfNeverActiveAccountsFail() {
    List<FakeRecords.Rec> all = users(20_001, "n", null, 0);
    FakeRecords source = new FakeRecords(all, true);

    assertThatThrownBy(() -> read(source, Report.USERS, all.size(), new ArrayList<>()))
        .isInstanceOf(SliceTooLargeException.class)
        .hasMessageStartingWith(
            "20,001 users match with no activity (never active) and account never active, more"
                + " than the 20,000");
    assertThat(source.calls).isEqualTo(2);
  }

  @Test
  void neverActiveAccountsOverTwentyThousandStillFail() {
    List<FakeRecords.Rec> all = users(20_001, "a", null, 0);
    FakeRecords source = new FakeRecords(all, true);

    assertThatThrownBy(() -> read(source, Report.ACCOUNTS, all.size(), new ArrayList<>()))
        .isInstanceOf(SliceTooLargeException.class)
        .hasMessageStartingWith(
            "20,001 accounts match with no activity (never active), more than the 20,000");
    assertThat(source.calls).isEqualTo(1);
  }

  @Test
  void aUserNoAccountRangeHoldsFailsTheCountCheck() {
    List<FakeRecords.Rec> all =
        all(
            List.of(
                users(10_500, "o", OLD, 7),
                users(10_500, "r", RECENT, 7),
                List.of(new FakeRecords.Rec("far", null, 1L << 53))));
    FakeRecords source = new FakeRecords(all, true);

    assertThatThrownBy(() -> read(source, Report.USERS, all.size(), new ArrayList<>()))
        .isInstanceOf(IncompleteReadException.class)
        .hasMessageContaining(
            "the never-active users read by account activity differ from their count by 1");
  }

  @Test
  void stayingUnderTwentyThousandCostsNoProbe() {
    List<FakeRecords.Rec> all = all(List.of(users(20_000, "o", OLD, 7)));
    FakeRecords source = new FakeRecords(all, true);

    SlicedRead result = read(source, Report.USERS, all.size(), new ArrayList<>());

    assertThat(result.probeCalls()).isEqualTo(1);
    assertThat(source.calls).isEqualTo(21);
  }
}

package io.totangoconnector.client.functional;

import static org.assertj.core.api.Assertions.assertThat;

import io.totangoconnector.client.Report;
import io.totangoconnector.client.SearchStats;
import io.totangoconnector.client.TestQueries;
import io.totangoconnector.emulator.CapMode;
import io.totangoconnector.emulator.DataView;
import io.totangoconnector.emulator.UserRecord;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** 30,000 never-active users: more than ids can tell apart, so their accounts' activity does. */
class NeverActiveUsersTest {
  @Test
  void thirtyThousandNeverActiveUsersAreReadOnceEach() {
    try (Sandbox sandbox =
        new Sandbox(
            6_000,
            b ->
                b.users(60_000)
                    .neverActiveUsers(30_000)
                    .neverActiveAccounts(600)
                    .capMode(CapMode.EMPTY))) {
      DataView data = sandbox.emulator.dataset();
      List<String> expected = BigDataset.userKeys(data, a -> true);
      SliceRecorder slices = new SliceRecorder();

      SearchStats stats =
          BigDataset.read(sandbox, Report.USERS, TestQueries.noFields(), expected, slices);

      Predicate<UserRecord> never = u -> u.lastActivityTime() == null;
      long ofNeverActiveAccounts =
          count(data, never.and(u -> data.accountOf(u).lastActivityTime() == null));
      long ofActiveAccounts = count(data, never) - ofNeverActiveAccounts;
      assertThat(count(data, never)).isEqualTo(30_000);
      int at = slices.ranges.indexOf("no activity (never active) and account never active");
      assertThat(slices.hits.get(at)).isPositive().isEqualTo(ofNeverActiveAccounts);
      assertThat(stats.probeCalls()).isLessThanOrEqualTo(probeBound(ofActiveAccounts));
      long[] accountTimes =
          data.users().stream()
              .filter(never)
              .map(data::accountOf)
              .filter(a -> a.lastActivityTime() != null)
              .mapToLong(a -> a.lastActivityTime())
              .toArray();
      // the unsliced count, the group's first page, then the halving of both top ranges
      long halving =
          halvingProbes(accountTimes, 1, 1L << 41)
              + halvingProbes(accountTimes, 1L << 41, 1L << 53);
      assertThat(stats.probeCalls()).isEqualTo(2 + halving);
    }
  }

  /** Probes of halving [from, before) by count: one per range halved, one per empty range. */
  private static long halvingProbes(long[] times, long from, long before) {
    long n = LongStream.of(times).filter(t -> t >= from && t < before).count();
    if (n == 0 || n > 20_000) {
      long middle = from + (before - from) / 2;
      return n == 0
          ? 1
          : 1 + halvingProbes(times, from, middle) + halvingProbes(times, middle, before);
    }
    return 0;
  }

  private static long count(DataView data, Predicate<UserRecord> which) {
    return data.users().stream().filter(which).count();
  }

  /**
   * The package documentation's bound: the unsliced count, then 4 + 2 x splits for the group,
   * splits at most 53 x floor(M / 20,001) for M never-active users of ever-active accounts.
   */
  private static int probeBound(long m) {
    return (int) (1 + 4 + 2 * 53 * (m / 20_001));
  }
}

package io.totangoconnector.client.functional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.totangoconnector.client.Report;
import io.totangoconnector.client.SearchStats;
import io.totangoconnector.client.TestQueries;
import io.totangoconnector.client.slicing.IncompleteReadException;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

/** Records added while a sliced read runs: retried once, then refused or tolerated. */
class ChangingRecordsTest {
  private static final int ACCOUNTS = 25_000;
  private static final int ADDED = 100;

  /**
   * Adds accounts as the 3rd slice of each of the first {@code attempts} attempts starts (pages
   * would not do: a retried attempt hands on only records not handed on before).
   */
  private static final class Adder extends SliceRecorder {
    private final Sandbox sandbox;
    private final int attempts;
    private int slices;
    private int additions;

    Adder(Sandbox sandbox, int attempts) {
      this.sandbox = sandbox;
      this.attempts = attempts;
    }

    @Override
    public void onSlice(int index, int of, long sliceHits, String range) {
      super.onSlice(index, of, sliceHits, range);
      if (++slices == 3 && additions < attempts) {
        sandbox.emulator.addAccounts(ADDED);
        additions++;
      }
    }

    @Override
    public void onWarning(String message) {
      super.onWarning(message);
      slices = 0;
    }
  }

  @Test
  void aChangeInOneAttemptIsReadAgainAndThenComplete() {
    try (Sandbox sandbox = new Sandbox(ACCOUNTS)) {
      Adder adder = new Adder(sandbox, 1);
      BigDataset.Keys keys = new BigDataset.Keys();

      SearchStats stats = sandbox.client(1000).search(Report.ACCOUNTS, noFields(), keys, adder);

      assertThat(adder.warnings).hasSize(1);
      assertThat(adder.warnings.get(0))
          .startsWith("Totango reported 25,000 accounts but the slices add up to ")
          .endsWith("(records changed during the sync?); reading all slices once more.");
      assertThat(keys.keys).doesNotHaveDuplicates();
      assertThat(new HashSet<>(keys.keys))
          .isEqualTo(new HashSet<>(BigDataset.accountKeys(sandbox.emulator.dataset(), a -> true)));
      assertThat(stats.totalHits()).isEqualTo(ACCOUNTS + ADDED);
      assertThat(stats.probeCalls()).isEqualTo(2);
    }
  }

  @Test
  void aChangeInBothAttemptsFailsWithTheNumbers() {
    try (Sandbox sandbox = new Sandbox(ACCOUNTS)) {
      Adder adder = new Adder(sandbox, 2);
      BigDataset.Keys keys = new BigDataset.Keys();

      IncompleteReadException e =
          catchThrowableOfType(
              IncompleteReadException.class,
              () -> sandbox.client(1000).search(Report.ACCOUNTS, noFields(), keys, adder));

      assertThat(e.reported()).isEqualTo(ACCOUNTS + ADDED);
      assertThat(e.delivered()).isEqualTo(keys.keys.size()).isGreaterThan(ACCOUNTS + ADDED);
      // Records were only added, so the second attempt saw every record the first handed on.
      assertThat(e.distinct()).isEqualTo(e.delivered());
      assertThat(keys.keys).doesNotHaveDuplicates();
      assertThat(e)
          .hasMessage(
              String.format(
                  "Totango reported 25,100 accounts but the slices add up to 25,100 and %,d"
                      + " distinct accounts were read (records changed during the sync?), in both"
                      + " attempts. The difference of %,d is more than"
                      + " the 0 allowed; run the sync again, or allow a difference (sync"
                      + " --tolerance N).",
                  e.distinct(), e.distinct() - (ACCOUNTS + ADDED)));
    }
  }

  @Test
  void aToleratedChangeIsAcceptedWithAWarningAndNoRetry() {
    try (Sandbox sandbox = new Sandbox(ACCOUNTS)) {
      Adder adder = new Adder(sandbox, 1);
      BigDataset.Keys keys = new BigDataset.Keys();

      SearchStats stats =
          sandbox
              .client(b -> b.completenessTolerance(ADDED))
              .search(Report.ACCOUNTS, noFields(), keys, adder);

      assertThat(adder.warnings).hasSize(1);
      assertThat(adder.warnings.get(0))
          .startsWith("Totango reported 25,000 accounts but the slices add up to 25,000 and ")
          .endsWith(
              "accepted: the difference of "
                  + (keys.keys.size() - ACCOUNTS)
                  + " is within"
                  + " the 100 allowed.");
      assertThat(keys.keys).doesNotHaveDuplicates().hasSizeGreaterThan(ACCOUNTS);
      assertThat(stats.probeCalls()).isEqualTo(1);
    }
  }

  private static io.totangoconnector.client.query.SearchQuery noFields() {
    return TestQueries.noFields();
  }
}

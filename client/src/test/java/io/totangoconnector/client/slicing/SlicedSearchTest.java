package io.totangoconnector.client.slicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.totangoconnector.client.Hit;
import io.totangoconnector.client.Report;
import io.totangoconnector.client.SearchListener;
import io.totangoconnector.client.TestQueries;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SlicedSearchTest {
  private static final long T0 = 1_700_000_000_000L;

  private static List<FakeRecords.Rec> atOneInstant(int n, String prefix) {
    return IntStream.range(0, n).mapToObj(i -> new FakeRecords.Rec(prefix + i, T0)).toList();
  }

  private static List<FakeRecords.Rec> spread(int n) {
    return IntStream.range(0, n).mapToObj(i -> new FakeRecords.Rec("s" + i, T0 + 1 + i)).toList();
  }

  private static List<FakeRecords.Rec> never(int n) {
    return IntStream.range(0, n).mapToObj(i -> new FakeRecords.Rec("n" + i, null)).toList();
  }

  private static List<String> read(FakeRecords source, int total, long tolerance) {
    List<String> ids = new ArrayList<>();
    new SlicedSearch(source, Report.ACCOUNTS, 1000, tolerance)
        .run(TestQueries.noFields(), total, hits -> hits.forEach(h -> ids.add(h.id())), NONE);
    return ids;
  }

  private static final SearchListener NONE = SearchListener.NONE;

  @Test
  void twentyThousandAtOneInstantAreReadByIdBothWays() {
    List<FakeRecords.Rec> all =
        Stream.of(atOneInstant(20_000, "i"), spread(3_000), never(700))
            .flatMap(List::stream)
            .toList();
    FakeRecords source = new FakeRecords(all, true);

    List<String> ids = read(source, all.size(), 0);

    assertThat(ids).doesNotHaveDuplicates();
    assertThat(ids).containsExactlyInAnyOrderElementsOf(all.stream().map(r -> r.id()).toList());
    // never-active 1; window to the crowd 1; the crowd 20; the rest 3; within 1.10 x 24.
    assertThat(source.calls).isLessThanOrEqualTo(26);
  }

  /**
   * The group's first page decides how the group is read, then is handed on: from there only the
   * destination may hold it, or a long sync would keep 1,000 records more than it needs.
   */
  @Test
  void theGroupsFirstPageIsLetGoOnceHandedOn() {
    List<FakeRecords.Rec> all =
        Stream.of(never(15_000), spread(2_000)).flatMap(List::stream).toList();
    List<WeakReference<Hit>> firstOfEachPage = new ArrayList<>();
    boolean[] firstPageGoneByTheSixth = {false};

    new SlicedSearch(new FakeRecords(all, true), Report.ACCOUNTS, 1000, 0)
        .run(
            TestQueries.noFields(),
            all.size(),
            hits -> {
              if (firstOfEachPage.size() == 5) {
                firstPageGoneByTheSixth[0] = collected(firstOfEachPage.get(0));
              }
              firstOfEachPage.add(new WeakReference<>(hits.get(0)));
            },
            NONE);

    assertThat(firstOfEachPage).hasSize(17);
    assertThat(firstPageGoneByTheSixth[0]).isTrue();
  }

  private static boolean collected(WeakReference<?> ref) {
    for (int i = 0; i < 20 && ref.get() != null; i++) {
      System.gc(); // a hint: a few rounds, as one may leave a reachable-looking object behind
    }
    return ref.get() == null;
  }

  @Test
  void neverActiveOverTheCapAreReadByIdBothWays() {
    List<FakeRecords.Rec> all =
        Stream.of(never(15_000), spread(2_000)).flatMap(List::stream).toList();
    FakeRecords source = new FakeRecords(all, true);

    List<String> ids = read(source, all.size(), 0);

    assertThat(ids).doesNotHaveDuplicates().hasSize(17_000);
    assertThat(source.calls).isEqualTo(17);
  }

  @Test
  void moreThanTwentyThousandAtOneInstantFailWithTheNumbers() {
    FakeRecords source = new FakeRecords(atOneInstant(20_001, "i"), true);

    assertThatThrownBy(() -> read(source, 20_001, 0))
        .isInstanceOf(SliceTooLargeException.class)
        .hasMessage(
            "20,001 accounts match with last activity at 2023-11-14T22:13:20Z, more than the"
                + " 20,000 that can be read without another way to tell them apart; add a filter"
                + " term (for example on status_group) so that each query matches fewer.");
  }

  @Test
  void aServiceThatIgnoresTheSortIsCaughtByTheCounts() {
    List<FakeRecords.Rec> shuffled = new ArrayList<>(spread(25_000));
    java.util.Collections.shuffle(shuffled, new java.util.Random(3));
    FakeRecords source = new FakeRecords(shuffled, false);

    assertThatThrownBy(() -> read(source, 25_000, 0))
        .isInstanceOf(IncompleteReadException.class)
        .hasMessageStartingWith("Totango reported 25,000 accounts but the slices add up to 25,000");
  }

  @Test
  void recordsAtAWindowBoundaryAreHandedOnOnce() {
    // 10,000 spread, then 5 at one instant straddling the first window's cap, then more.
    List<FakeRecords.Rec> all = new ArrayList<>(spread(9_998));
    all.addAll(
        IntStream.range(0, 5).mapToObj(i -> new FakeRecords.Rec("t" + i, T0 + 20_000)).toList());
    all.add(new FakeRecords.Rec("late", T0 + 30_000));
    List<Hit> received = new ArrayList<>();
    FakeRecords source = new FakeRecords(all, true);

    new SlicedSearch(source, Report.ACCOUNTS, 1000, 0)
        .run(TestQueries.noFields(), all.size(), received::addAll, NONE);

    assertThat(received).extracting(Hit::id).doesNotHaveDuplicates().hasSize(10_004);
  }
}

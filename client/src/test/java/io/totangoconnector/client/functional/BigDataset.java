package io.totangoconnector.client.functional;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.totangoconnector.client.Hit;
import io.totangoconnector.client.PageConsumer;
import io.totangoconnector.client.Report;
import io.totangoconnector.client.SearchListener;
import io.totangoconnector.client.SearchStats;
import io.totangoconnector.client.TestQueries;
import io.totangoconnector.client.query.SearchQuery;
import io.totangoconnector.emulator.AccountRecord;
import io.totangoconnector.emulator.CapMode;
import io.totangoconnector.emulator.DataView;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The issue's dataset: 50,000 accounts (11,000 of them at one activity instant) and 120,000 users
 * (12,000 never active), and the expected answers computed from the emulator's data, not from its
 * search code.
 */
final class BigDataset {
  static final int ACCOUNTS = 50_000;
  static final int USERS = 120_000;

  private BigDataset() {}

  static Sandbox start(CapMode capMode) {
    return new Sandbox(
        ACCOUNTS,
        b -> b.users(USERS).neverActiveUsers(12_000).accountsAtOneInstant(11_000).capMode(capMode));
  }

  /** The key a sliced read de-duplicates on: the id, and for a user its account's id. */
  static String key(Hit hit) {
    return hit.accountId() == null ? hit.id() : hit.id() + "@@" + hit.accountId();
  }

  static List<String> accountKeys(DataView data, Predicate<AccountRecord> which) {
    return data.accounts().stream().filter(which).map(AccountRecord::id).toList();
  }

  static List<String> userKeys(DataView data, Predicate<AccountRecord> accountFilter) {
    return data.users().stream()
        .filter(u -> accountFilter.test(data.accountOf(u)))
        .map(u -> u.id() + "@@" + u.accountId())
        .toList();
  }

  static Predicate<AccountRecord> statusIn(Set<String> groups) {
    return a ->
        a.statusGroup() != null && groups.contains(a.statusGroup().toLowerCase(Locale.ROOT));
  }

  /** The user's own query: a status_group in_list term, which slicing must leave alone. */
  static SearchQuery statusQuery(List<String> groups) {
    ObjectNode term = JsonNodeFactory.instance.objectNode();
    term.put("type", "string").put("term", "status_group");
    groups.forEach(term.putArray("in_list")::add);
    return TestQueries.noFields().withAdditionalTerms(List.of(term));
  }

  /** Collects the keys of the records handed on, duplicates included. */
  static final class Keys implements PageConsumer {
    final List<String> keys = new ArrayList<>();

    @Override
    public void accept(List<Hit> hits) {
      hits.forEach(h -> keys.add(key(h)));
    }
  }

  /**
   * Reads {@code query} through a client with a generous rate limit and checks what every sliced
   * read must do: every expected record exactly once, the counts, and calls within the budget.
   */
  static SearchStats read(
      Sandbox sandbox,
      Report report,
      SearchQuery query,
      List<String> expected,
      SearchListener listener) {
    Keys keys = new Keys();
    int callsBefore = sandbox.emulator.callCount();

    SearchStats stats =
        sandbox
            .client(b -> b.rateLimit(100_000, Duration.ofSeconds(1)))
            .search(report, query, keys, listener);

    // Sets, not AssertJ's list comparison, which is quadratic: 120,000 keys would take minutes.
    assertThat(keys.keys).hasSameSizeAs(expected);
    assertThat(new HashSet<>(keys.keys)).isEqualTo(new HashSet<>(expected));
    assertThat(stats.rows()).isEqualTo(expected.size());
    assertThat(stats.totalHits()).isEqualTo(expected.size());
    assertThat(stats.calls()).isEqualTo(sandbox.emulator.callCount() - callsBefore);
    assertThat(stats.calls()).isLessThanOrEqualTo(budget(expected.size()) + stats.probeCalls());
    System.out.printf(
        "%s: %,d records, %d calls (ceil(N/1000) = %d), %d slices, %d probes%n",
        report.path(),
        expected.size(),
        stats.calls(),
        (expected.size() + 999) / 1000,
        stats.slices(),
        stats.probeCalls());
    return stats;
  }

  /** Calls at most 1.10 x ceil(N/1000): the issue's budget, probes aside. */
  static int budget(long records) {
    return (int) Math.floor(1.10 * Math.ceil(records / 1000.0));
  }
}

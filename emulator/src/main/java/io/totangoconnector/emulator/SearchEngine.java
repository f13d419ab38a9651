package io.totangoconnector.emulator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Filters and sorts the records of a snapshot for a query; results are cached per query. */
final class SearchEngine {
  private final ResultCache cache = new ResultCache(16);

  /** The matching slots (account or user slots) in result order. */
  int[] matches(ParsedQuery q, Snapshot s) {
    return cache.get(q.resultKey(), () -> filterAndSort(q, s));
  }

  private record Entry(Object key, String id, int slot) {}

  private static int[] filterAndSort(ParsedQuery q, Snapshot s) {
    List<Entry> found = q.report() == Report.ACCOUNTS ? accounts(q, s) : users(q, s);
    Comparator<Object> values = q.sort().valueOrder();
    found.sort(
        Comparator.comparing(Entry::key, values)
            .thenComparing(
                Entry::id,
                ContractChoices.TIES_BY_ID_ASCENDING
                    ? Comparator.<String>naturalOrder()
                    : Comparator.<String>reverseOrder()));
    return found.stream().mapToInt(Entry::slot).toArray();
  }

  private static List<Entry> accounts(ParsedQuery q, Snapshot s) {
    List<Entry> found = new ArrayList<>();
    for (int a = 0; a < s.accountSlots(); a++) {
      if (!s.accountAlive(a)) {
        continue;
      }
      AccountRecord account = s.account(a);
      if (q.matcher().matches(account, a)) {
        found.add(new Entry(q.sort().key().apply(account, account), account.id(), a));
      }
    }
    return found;
  }

  private static List<Entry> users(ParsedQuery q, Snapshot s) {
    List<Entry> found = new ArrayList<>();
    AccountRecord[] parents = new AccountRecord[s.accountSlots()];
    for (int u = 0; u < s.userSlots(); u++) {
      if (!s.userAlive(u)) {
        continue;
      }
      UserRecord user = s.user(u);
      int a = s.accountSlotOf(u);
      if (q.matcher().matches(user, a)) {
        found.add(new Entry(q.sort().key().apply(user, parent(parents, s, a)), user.id(), u));
      }
    }
    return found;
  }

  /** Each parent account is read once per search, for sort keys of parent fields. */
  private static AccountRecord parent(AccountRecord[] parents, Snapshot s, int slot) {
    if (parents[slot] == null) {
      parents[slot] = s.account(slot);
    }
    return parents[slot];
  }
}

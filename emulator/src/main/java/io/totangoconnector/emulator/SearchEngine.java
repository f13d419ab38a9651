package io.totangoconnector.emulator;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Filters and sorts the records of a snapshot for a query. The order of all records per sort (and
 * data version) is cached, so a new filter only walks that order; the filtered result is cached per
 * query, so paging is cheap. Thread-safe.
 */
final class SearchEngine {
  private final ResultCache orders = new ResultCache(4);
  private final ResultCache results = new ResultCache(16);

  /** The matching slots (account or user slots) in result order. */
  int[] matches(ParsedQuery q, Snapshot s) {
    int[] order = orders.get(q.orderKey(), () -> sortAll(q, s));
    return q.matchesAll() ? order : results.get(q.resultKey(), () -> filter(q, s, order));
  }

  private static int[] filter(ParsedQuery q, Snapshot s, int[] order) {
    int[] found = new int[order.length];
    int n = 0;
    boolean users = q.report() == Report.USERS;
    for (int slot : order) {
      Subject subject = users ? s.user(slot) : s.account(slot);
      if (q.matcher().matches(subject, users ? s.accountSlotOf(slot) : slot)) {
        found[n++] = slot;
      }
    }
    return Arrays.copyOf(found, n);
  }

  private record Entry(Object key, String id, int slot) {}

  private static int[] sortAll(ParsedQuery q, Snapshot s) {
    Entry[] entries = q.report() == Report.ACCOUNTS ? accounts(q, s) : users(q, s);
    Comparator<Object> values = q.sort().valueOrder();
    int tieSign = ContractChoices.TIES_BY_ID_ASCENDING ? 1 : -1;
    Arrays.sort(
        entries,
        (x, y) -> {
          int byKey = values.compare(x.key(), y.key());
          return byKey != 0 ? byKey : tieSign * x.id().compareTo(y.id());
        });
    int[] order = new int[entries.length];
    for (int i = 0; i < entries.length; i++) {
      order[i] = entries[i].slot();
    }
    return order;
  }

  private static Entry[] accounts(ParsedQuery q, Snapshot s) {
    Entry[] entries = new Entry[s.aliveAccounts()];
    int n = 0;
    for (int a = 0; a < s.accountSlots(); a++) {
      if (s.accountAlive(a)) {
        AccountRecord account = s.account(a);
        entries[n++] = new Entry(key(q, account, account), account.id(), a);
      }
    }
    return entries;
  }

  private static Entry[] users(ParsedQuery q, Snapshot s) {
    Entry[] entries = new Entry[s.aliveUsers()];
    AccountRecord[] parents = new AccountRecord[s.accountSlots()];
    int n = 0;
    for (int u = 0; u < s.userSlots(); u++) {
      if (s.userAlive(u)) {
        UserRecord user = s.user(u);
        entries[n++] =
            new Entry(key(q, user, parent(parents, s, s.accountSlotOf(u))), user.id(), u);
      }
    }
    return entries;
  }

  private static Object key(ParsedQuery q, Subject subject, AccountRecord parent) {
    return SortKey.normalize(q.sort().key().apply(subject, parent));
  }

  /** Each parent account is read once per sort. */
  private static AccountRecord parent(AccountRecord[] parents, Snapshot s, int slot) {
    if (parents[slot] == null) {
      parents[slot] = s.account(slot);
    }
    return parents[slot];
  }
}

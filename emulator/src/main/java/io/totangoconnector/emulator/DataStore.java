package io.totangoconnector.emulator;

import java.util.Arrays;
import java.util.BitSet;

/** Holds the current {@link Snapshot} and makes new ones on mutation. Thread-safe. */
final class DataStore {
  private static final long MUTATION_SALT = 3;
  private final long seed;
  private volatile Snapshot current;

  DataStore(RecordSource source, long seed) {
    this.seed = seed;
    this.current =
        new Snapshot(
            source, 0, source.initialAccounts(), new BitSet(), source.initialUserAccounts());
  }

  Snapshot snapshot() {
    return current;
  }

  synchronized void addAccounts(int n) {
    requirePositive(n, "accounts to add");
    Snapshot s = current;
    current = next(s, s.accountSlots() + n, s.removedAccounts(), s.userAccounts());
  }

  /** New users join existing (not removed) accounts, unevenly. */
  synchronized void addUsers(int n) {
    requirePositive(n, "users to add");
    Snapshot s = current;
    int[] users = Arrays.copyOf(s.userAccounts(), s.userSlots() + n);
    Rng r = new Rng(Rng.seed(seed, MUTATION_SALT, s.version() + 1));
    BitSet removed = s.removedAccounts();
    for (int u = s.userSlots(); u < users.length; u++) {
      users[u] = aliveFrom(s, Generator.skewedAccount(r, s.accountSlots()), removed);
    }
    current = next(s, s.accountSlots(), s.removedAccounts(), users);
  }

  /** Removes n accounts picked by a seeded draw (and with them their users). */
  synchronized void removeAccounts(int n) {
    requirePositive(n, "accounts to remove");
    Snapshot s = current;
    if (n >= s.aliveAccounts()) {
      throw new IllegalArgumentException(
          "can remove at most " + (s.aliveAccounts() - 1) + " accounts, asked " + n);
    }
    BitSet removed = s.removedAccounts();
    Rng r = new Rng(Rng.seed(seed, MUTATION_SALT, s.version() + 1));
    for (int i = 0; i < n; i++) {
      removed.set(aliveFrom(s, r.nextInt(s.accountSlots()), removed));
    }
    current = next(s, s.accountSlots(), removed, s.userAccounts());
  }

  private static int aliveFrom(Snapshot s, int slot, BitSet removed) {
    int alive = removed.nextClearBit(slot);
    return alive < s.accountSlots() ? alive : removed.nextClearBit(0);
  }

  private static Snapshot next(Snapshot s, int accountSlots, BitSet removed, int[] users) {
    return new Snapshot(s.source(), s.version() + 1, accountSlots, removed, users);
  }

  private static void requirePositive(int n, String what) {
    if (n < 1) {
      throw new IllegalArgumentException(what + " must be at least 1, was " + n);
    }
  }
}

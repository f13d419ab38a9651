package io.totangoconnector.emulator;

import java.util.BitSet;

/**
 * The data as one search sees it: which slots exist and which accounts are removed. Immutable
 * (never mutate the arrays it holds); a mutation of the emulator makes a new snapshot with a new
 * version.
 */
final class Snapshot {
  private final RecordSource source;
  private final long version;
  private final int accountSlots;
  private final BitSet removedAccounts;
  private final int[] userAccount;

  Snapshot(RecordSource source, long version, int accountSlots, BitSet removed, int[] userAccount) {
    this.source = source;
    this.version = version;
    this.accountSlots = accountSlots;
    this.removedAccounts = removed;
    this.userAccount = userAccount;
  }

  long version() {
    return version;
  }

  RecordSource source() {
    return source;
  }

  int accountSlots() {
    return accountSlots;
  }

  int userSlots() {
    return userAccount.length;
  }

  boolean accountAlive(int slot) {
    return !removedAccounts.get(slot);
  }

  boolean userAlive(int slot) {
    return !removedAccounts.get(userAccount[slot]);
  }

  int accountSlotOf(int userSlot) {
    return userAccount[userSlot];
  }

  AccountRecord account(int slot) {
    return source.account(slot);
  }

  UserRecord user(int slot) {
    return source.user(slot, userAccount[slot]);
  }

  BitSet removedAccounts() {
    return (BitSet) removedAccounts.clone();
  }

  int[] userAccounts() {
    return userAccount.clone();
  }

  int aliveAccounts() {
    return accountSlots - removedAccounts.cardinality();
  }

  int aliveUsers() {
    int n = 0;
    for (int u = 0; u < userAccount.length; u++) {
      n += userAlive(u) ? 1 : 0;
    }
    return n;
  }
}

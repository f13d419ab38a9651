package io.totangoconnector.emulator;

import java.util.BitSet;

/**
 * A term about accounts, asked of users: the account side is computed once over all accounts, then
 * each user is tested by its account's slot. Used by one search thread.
 */
final class AccountLift implements Matcher {
  private final Matcher onAccount;
  private final Snapshot snapshot;
  private BitSet matching;

  AccountLift(Matcher onAccount, Snapshot snapshot) {
    this.onAccount = onAccount;
    this.snapshot = snapshot;
  }

  @Override
  public boolean matches(Subject subject, int accountSlot) {
    if (matching == null) {
      matching = new BitSet(snapshot.accountSlots());
      for (int a = 0; a < snapshot.accountSlots(); a++) {
        if (snapshot.accountAlive(a) && onAccount.matches(snapshot.account(a), a)) {
          matching.set(a);
        }
      }
    }
    return matching.get(accountSlot);
  }
}

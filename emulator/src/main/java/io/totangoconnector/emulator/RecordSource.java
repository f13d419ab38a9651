package io.totangoconnector.emulator;

/** Where records come from: the generator, or a fixture file. Thread-safe (read-only). */
interface RecordSource {
  /** The account in a storage slot; any slot at or past the initial count is generated. */
  AccountRecord account(int slot);

  /** The user in a storage slot, belonging to the account in {@code accountSlot}. */
  UserRecord user(int slot, int accountSlot);

  /** Account slots filled when the emulator starts. */
  int initialAccounts();

  /** The account slot of each user present when the emulator starts. */
  int[] initialUserAccounts();

  /** The data's "now", epoch ms. */
  long anchorMillis();
}

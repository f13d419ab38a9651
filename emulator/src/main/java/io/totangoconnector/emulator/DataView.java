package io.totangoconnector.emulator;

import java.time.Instant;
import java.util.List;

/**
 * A read-only snapshot of the emulator's data, for tests that compute expected answers
 * independently of the emulator's own search code. Immutable; later mutations of the emulator are
 * not seen.
 */
public interface DataView {
  /** The accounts, in storage order (removed accounts excluded). */
  List<AccountRecord> accounts();

  /** The users of the remaining accounts, in storage order. */
  List<UserRecord> users();

  /** The account a user belongs to. */
  AccountRecord accountOf(UserRecord user);

  /** The data's "now": activity times lie before it, renewal dates after it. */
  Instant anchor();
}

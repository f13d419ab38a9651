package io.totangoconnector.emulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** {@link DataView} over one snapshot; materializes the records once. */
final class SnapshotView implements DataView {
  private final List<AccountRecord> accounts = new ArrayList<>();
  private final List<UserRecord> users = new ArrayList<>();
  private final Map<String, AccountRecord> byId;
  private final Instant anchor;

  SnapshotView(Snapshot s) {
    for (int a = 0; a < s.accountSlots(); a++) {
      if (s.accountAlive(a)) {
        accounts.add(s.account(a));
      }
    }
    for (int u = 0; u < s.userSlots(); u++) {
      if (s.userAlive(u)) {
        users.add(s.user(u));
      }
    }
    byId = accounts.stream().collect(Collectors.toMap(AccountRecord::id, Function.identity()));
    anchor = Instant.ofEpochMilli(s.source().anchorMillis());
  }

  @Override
  public List<AccountRecord> accounts() {
    return List.copyOf(accounts);
  }

  @Override
  public List<UserRecord> users() {
    return List.copyOf(users);
  }

  @Override
  public AccountRecord accountOf(UserRecord user) {
    return byId.get(user.accountId());
  }

  @Override
  public Instant anchor() {
    return anchor;
  }
}

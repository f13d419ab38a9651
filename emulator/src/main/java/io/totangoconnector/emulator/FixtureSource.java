package io.totangoconnector.emulator;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Records read from a JSON fixture file: {@code {"anchor": "2025-01-01T00:00:00Z", "accounts":
 * [...], "users": [...]}} (anchor optional: the data's "now") with {@link AccountRecord} and {@link
 * UserRecord} fields in snake_case. Records added later by the emulator's mutations come from a
 * generator. Thread-safe.
 */
final class FixtureSource implements RecordSource {
  private final List<AccountRecord> accounts;
  private final List<UserRecord> users;
  private final int[] userAccounts;
  private final long anchor;
  private final Generator extra;

  private FixtureSource(FixtureFile file, long seed, long defaultAnchor) {
    this.accounts = List.copyOf(file.accounts() == null ? List.of() : file.accounts());
    this.users = List.copyOf(file.users() == null ? List.of() : file.users());
    this.anchor =
        file.anchor() == null ? defaultAnchor : Instant.parse(file.anchor()).toEpochMilli();
    this.userAccounts = resolveAccounts(accounts, users);
    this.extra = new Generator(seed, anchor, 0, 0, new Generator.Counts(0, 0, 0));
  }

  record FixtureFile(String anchor, List<AccountRecord> accounts, List<UserRecord> users) {}

  static FixtureSource load(Path path, long seed, long defaultAnchor) {
    ObjectMapper mapper =
        new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    try {
      return new FixtureSource(
          mapper.readValue(path.toFile(), FixtureFile.class), seed, defaultAnchor);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read fixture " + path + ": " + e.getMessage(), e);
    }
  }

  private static int[] resolveAccounts(List<AccountRecord> accounts, List<UserRecord> users) {
    Map<String, Integer> slots = new HashMap<>();
    for (int i = 0; i < accounts.size(); i++) {
      AccountRecord a = accounts.get(i);
      requireIdAndName(a.id(), a.displayName(), "account " + i);
      if (slots.put(a.id(), i) != null) {
        throw new IllegalArgumentException("fixture has two accounts with id " + a.id());
      }
    }
    Set<String> userIds = new HashSet<>();
    int[] result = new int[users.size()];
    for (int i = 0; i < users.size(); i++) {
      UserRecord u = users.get(i);
      requireIdAndName(u.id(), u.displayName(), "user " + i);
      Integer slot = slots.get(u.accountId());
      if (slot == null || !userIds.add(u.id())) {
        throw new IllegalArgumentException(
            "fixture user "
                + u.id()
                + " is a duplicate or names an unknown account_id "
                + u.accountId());
      }
      result[i] = slot;
    }
    return result;
  }

  private static void requireIdAndName(String id, String name, String what) {
    if (id == null || name == null) {
      throw new IllegalArgumentException("fixture " + what + " needs an id and a display_name");
    }
  }

  @Override
  public AccountRecord account(int slot) {
    return slot < accounts.size() ? accounts.get(slot) : extra.account(slot);
  }

  @Override
  public UserRecord user(int slot, int accountSlot) {
    return slot < users.size() ? users.get(slot) : extra.user(slot, account(accountSlot).id());
  }

  @Override
  public int initialAccounts() {
    return accounts.size();
  }

  @Override
  public int[] initialUserAccounts() {
    return userAccounts.clone();
  }

  @Override
  public long anchorMillis() {
    return anchor;
  }
}

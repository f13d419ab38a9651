package io.totangoconnector.emulator;

import static io.totangoconnector.emulator.Vocabulary.*;

import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generated data: every record is derived on demand from a hash of (seed, slot), so only a few bit
 * sets are kept and 1,000,000 users cost almost no heap. Thread-safe (read-only).
 */
final class Generator implements RecordSource {
  static final long DAY = 86_400_000L;
  private static final long ACCOUNT_SALT = 1;
  private static final long USER_SALT = 2;

  private final long seed;
  private final long anchor;
  private final int accounts;
  private final int users;
  private final BitSet neverActiveAccounts;
  private final BitSet accountsAtOneInstant;
  private final BitSet neverActiveUsers;

  Generator(long seed, long anchor, int accounts, int users, Counts counts) {
    this.seed = seed;
    this.anchor = anchor;
    this.accounts = accounts;
    this.users = users;
    int[] accountOrder = Shuffle.of(accounts, new Rng(Rng.seed(seed, 10, 0)));
    neverActiveAccounts = Shuffle.bits(accountOrder, 0, counts.neverActiveAccounts());
    accountsAtOneInstant =
        Shuffle.bits(
            accountOrder,
            counts.neverActiveAccounts(),
            counts.neverActiveAccounts() + counts.accountsAtOneInstant());
    neverActiveUsers =
        Shuffle.bits(
            Shuffle.of(users, new Rng(Rng.seed(seed, 11, 0))), 0, counts.neverActiveUsers());
  }

  /** How many generated records get the special activity times. */
  record Counts(int neverActiveAccounts, int accountsAtOneInstant, int neverActiveUsers) {}

  @Override
  public int initialAccounts() {
    return accounts;
  }

  @Override
  public long anchorMillis() {
    return anchor;
  }

  @Override
  public int[] initialUserAccounts() {
    int[] result = new int[users];
    for (int u = 0; u < users; u++) {
      result[u] = skewedAccount(new Rng(Rng.seed(seed, 12, u)), accounts);
    }
    return result;
  }

  /** Users crowd into a few big accounts; many accounts have few or none. */
  static int skewedAccount(Rng r, int accountSlots) {
    double u = r.nextDouble();
    return Math.min(accountSlots - 1, (int) (accountSlots * u * u));
  }

  /** The instant the {@code accountsAtOneInstant} accounts share. */
  long sharedInstant() {
    return anchor - 3 * DAY + 12_345;
  }

  static String accountId(int slot) {
    String digits = Integer.toString(slot + 1);
    return "acc-" + "000000".substring(Math.min(6, digits.length())) + digits;
  }

  @Override
  public AccountRecord account(int slot) {
    Rng r = new Rng(Rng.seed(seed, ACCOUNT_SALT, slot));
    String name = NameBank.accountName(slot, r);
    int status = r.weighted(STATUS_WEIGHTS);
    long changeDate = midnight(anchor - (1 + r.nextInt(120)) * DAY);
    Map<String, Owner> owners = owners(r);
    Double contract = status == 3 || r.chance(0.05) ? null : cents(500 + 250_000 * cube(r));
    boolean touched = r.chance(0.6);
    return new AccountRecord(
        accountId(slot),
        name,
        accountActivity(slot, r),
        STATUS_GROUPS.get(status),
        HEALTH.get(r.weighted(HEALTH_WEIGHTS)),
        r.pick(HEALTH),
        changeDate,
        contract,
        (double) r.nextInt(101),
        owners,
        segments(r),
        r.chance(0.1) ? Map.of() : Map.of(LIFECYCLE, r.pick(STAGE_IDS)),
        r.chance(0.05) ? midnight(anchor - r.nextInt(30) * DAY) : null,
        touched ? r.pick(OWNERS).email() : null,
        touched ? anchor - 1 - r.nextInt(90) * DAY - r.nextInt((int) DAY) : null,
        accountAttributes(r, owners));
  }

  private Long accountActivity(int slot, Rng r) {
    long ago = (long) (1000 * cube(r)) * DAY + r.nextInt((int) DAY) + 1;
    if (slot < accounts && neverActiveAccounts.get(slot)) {
      return null;
    }
    if (slot < accounts && accountsAtOneInstant.get(slot)) {
      return sharedInstant();
    }
    return anchor - ago;
  }

  private static Map<String, Owner> owners(Rng r) {
    Map<String, Owner> owners = new LinkedHashMap<>();
    for (int i = 0; i < ROLES.size(); i++) {
      if (r.chance(i == 0 ? 0.95 : 0.6)) {
        owners.put(ROLES.get(i), r.pick(OWNERS));
      }
    }
    return owners;
  }

  private static List<String> segments(Rng r) {
    int bits = r.nextInt(256) & r.nextInt(256);
    List<String> result = new java.util.ArrayList<>(4);
    for (int i = 0; i < SEGMENTS.size(); i++) {
      if ((bits & (1 << i)) != 0) {
        result.add(SEGMENTS.get(i));
      }
    }
    return result;
  }

  private Map<String, Object> accountAttributes(Rng r, Map<String, Owner> owners) {
    Map<String, Object> a = new HashMap<>();
    Owner csm = owners.get(SUCCESS_MANAGER);
    put(a, SUCCESS_MANAGER, csm == null ? null : csm.name());
    put(a, REGION, r.chance(0.9) ? r.pick(REGIONS) : null);
    put(a, PLAN, r.pick(PLANS));
    put(a, INDUSTRY, r.chance(0.8) ? r.pick(INDUSTRIES) : null);
    put(a, NOTES, r.chance(0.3) ? r.pick(NOTES_VALUES) : null);
    put(a, SEATS, r.chance(0.9) ? (double) (1 + r.nextInt(500)) : null);
    put(a, NPS, r.chance(0.7) ? (double) (r.nextInt(201) - 100) : null);
    put(a, ARR, cents(1000 + 500_000 * cube(r)));
    put(a, RENEWAL, r.chance(0.85) ? midnight(anchor + (1 + r.nextInt(400)) * DAY) : null);
    put(a, CONTRACT_START, midnight(anchor - (30 + r.nextInt(1500)) * DAY));
    put(a, PRODUCTS, subset(r, PRODUCT_NAMES));
    put(a, TAGS, r.chance(0.5) ? subset(r, TAG_NAMES) : null);
    return a;
  }

  @Override
  public UserRecord user(int slot, int accountSlot) {
    return user(slot, accountId(accountSlot));
  }

  UserRecord user(int slot, String accountId) {
    Rng r = new Rng(Rng.seed(seed, USER_SALT, slot));
    String[] name = NameBank.userName(slot, r);
    String id = name[1] + "." + slot + "@" + accountId + ".example.com";
    long last =
        anchor - (long) (400 * r.nextDouble() * r.nextDouble()) * DAY - 1 - r.nextInt((int) DAY);
    long first = last - r.nextInt(700) * DAY - r.nextInt((int) DAY);
    boolean never = slot < users && neverActiveUsers.get(slot);
    Map<String, Object> a = new HashMap<>();
    put(a, USER_ROLE, r.pick(USER_ROLES));
    put(a, DEPARTMENT, r.pick(DEPARTMENTS));
    put(a, TITLE, r.chance(0.8) ? r.pick(TITLES) : null);
    put(a, LOGINS, never ? 0.0 : (double) r.nextInt(300));
    put(a, SIGNUP, midnight(never ? anchor - r.nextInt(300) * DAY : first));
    put(a, FEATURES, r.chance(0.7) ? subset(r, FEATURE_NAMES) : null);
    return new UserRecord(id, name[0], accountId, never ? null : first, never ? null : last, a);
  }

  private static List<String> subset(Rng r, List<String> from) {
    int bits = r.nextInt(1 << from.size());
    List<String> result = new java.util.ArrayList<>(from.size());
    for (int i = 0; i < from.size(); i++) {
      if ((bits & (1 << i)) != 0) {
        result.add(from.get(i));
      }
    }
    return result;
  }

  private static void put(Map<String, Object> map, String key, Object value) {
    if (value != null) {
      map.put(key, value);
    }
  }

  private static double cube(Rng r) {
    double u = r.nextDouble();
    return u * u * u;
  }

  private static double cents(double value) {
    return Math.round(value * 100) / 100.0;
  }

  static long midnight(long epochMillis) {
    return Math.floorDiv(epochMillis, DAY) * DAY;
  }
}

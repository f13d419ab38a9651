package io.totangoconnector.emulator;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Everything an {@link Emulator} is started with. Immutable and thread-safe; built by {@link
 * #builder()}, whose setters reject a bad value at once with the allowed values in the message.
 */
public final class EmulatorConfig {
  private final int port;
  private final int accounts;
  private final int users;
  private final long seed;
  private final List<String> tokens;
  private final int rateLimitCalls;
  private final Duration rateLimitWindow;
  private final CapMode capMode;
  private final Map<FaultKind, Double> faultRates;
  private final Duration latency;
  private final Duration slowReplyDelay;
  private final long faultSeed;
  private final Clock clock;
  private final Path fixture;
  private final Map<Integer, Fault> script;
  private final int neverActiveUsers;
  private final int neverActiveAccounts;
  private final int accountsAtOneInstant;

  private EmulatorConfig(Builder b) {
    port = b.port;
    accounts = b.accounts;
    users = b.users;
    seed = b.seed;
    tokens = List.copyOf(b.tokens);
    rateLimitCalls = b.rateLimitCalls;
    rateLimitWindow = b.rateLimitWindow;
    capMode = b.capMode;
    faultRates = Collections.unmodifiableMap(new EnumMap<>(b.faultRates));
    latency = b.latency;
    slowReplyDelay = b.slowReplyDelay;
    faultSeed = b.faultSeed;
    clock = b.clock;
    fixture = b.fixture;
    script = Collections.unmodifiableMap(new TreeMap<>(b.script));
    neverActiveUsers = b.neverActiveUsers >= 0 ? b.neverActiveUsers : users * 3 / 100;
    neverActiveAccounts = b.neverActiveAccounts >= 0 ? b.neverActiveAccounts : accounts / 50;
    accountsAtOneInstant = b.accountsAtOneInstant;
  }

  /** A builder holding the defaults: free port, 2,500 accounts, 10,000 users, seed 1, ... */
  public static Builder builder() {
    return new Builder();
  }

  /** The port to bind on 127.0.0.1; 0 picks a free one. */
  public int port() {
    return port;
  }

  /** Generated accounts (ignored when a fixture is given). */
  public int accounts() {
    return accounts;
  }

  /** Generated users (ignored when a fixture is given). */
  public int users() {
    return users;
  }

  /** Seed of the generated data. */
  public long seed() {
    return seed;
  }

  /** Accepted app tokens. */
  public List<String> tokens() {
    return tokens;
  }

  /** Whether calls per token are limited. */
  public boolean rateLimited() {
    return rateLimitCalls > 0;
  }

  /** Calls allowed per token in any window; 0 when the limit is off. */
  public int rateLimitCalls() {
    return rateLimitCalls;
  }

  /** The rate-limit window. */
  public Duration rateLimitWindow() {
    return rateLimitWindow;
  }

  /** What a page past the 10,000-record cap answers. */
  public CapMode capMode() {
    return capMode;
  }

  /** Probability of each random fault kind on a call; kinds absent have probability 0. */
  public Map<FaultKind, Double> faultRates() {
    return faultRates;
  }

  /** Sum of all fault probabilities. */
  public double totalFaultRate() {
    return faultRates.values().stream().mapToDouble(Double::doubleValue).sum();
  }

  /** Delay added to every call. */
  public Duration latency() {
    return latency;
  }

  /** Delay of a {@link FaultKind#SLOW_REPLY}. */
  public Duration slowReplyDelay() {
    return slowReplyDelay;
  }

  /** Seed of the random faults. */
  public long faultSeed() {
    return faultSeed;
  }

  /** Clock of the rate-limit windows, the request log and the data's "today". */
  public Clock clock() {
    return clock;
  }

  /** A JSON fixture that replaces the generator, or null. */
  public Path fixture() {
    return fixture;
  }

  /** Scripted faults by 1-based call number. */
  public Map<Integer, Fault> script() {
    return script;
  }

  /** Generated users that were never active. */
  public int neverActiveUsers() {
    return neverActiveUsers;
  }

  /** Generated accounts that were never active. */
  public int neverActiveAccounts() {
    return neverActiveAccounts;
  }

  /** Generated accounts that share one identical {@code last_activity_time}. */
  public int accountsAtOneInstant() {
    return accountsAtOneInstant;
  }

  /** Builds an {@link EmulatorConfig}; not thread-safe. */
  public static final class Builder {
    private int port;
    private int accounts = 2500;
    private int users = 10_000;
    private long seed = 1;
    private List<String> tokens = List.of("demo-token");
    private int rateLimitCalls = 100;
    private Duration rateLimitWindow = Duration.ofSeconds(60);
    private CapMode capMode = CapMode.EMPTY;
    private final Map<FaultKind, Double> faultRates = new EnumMap<>(FaultKind.class);
    private Duration latency = Duration.ZERO;
    private Duration slowReplyDelay = Duration.ofSeconds(1);
    private long faultSeed = 1;
    private Clock clock = Clock.systemUTC();
    private Path fixture;
    private final Map<Integer, Fault> script = new TreeMap<>();
    private int neverActiveUsers = -1;
    private int neverActiveAccounts = -1;
    private int accountsAtOneInstant;

    private Builder() {}

    public Builder port(int port) {
      check(port >= 0 && port <= 65535, "port must be 0 (a free port) or 1..65535, was " + port);
      this.port = port;
      return this;
    }

    public Builder accounts(int accounts) {
      check(accounts >= 1, "accounts must be at least 1, was " + accounts);
      this.accounts = accounts;
      return this;
    }

    public Builder users(int users) {
      check(users >= 0, "users must be 0 or more, was " + users);
      this.users = users;
      return this;
    }

    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    public Builder tokens(List<String> tokens) {
      check(tokens != null && !tokens.isEmpty(), "tokens must name at least one token");
      for (String t : tokens) {
        check(t != null && !t.isBlank(), "tokens must not be null or blank");
      }
      this.tokens = List.copyOf(tokens);
      return this;
    }

    public Builder rateLimit(int calls, Duration window) {
      check(calls >= 1, "rate limit calls must be at least 1, was " + calls);
      check(
          window != null && window.toMillis() >= 1,
          "rate limit window must be at least 1 ms, was " + window);
      this.rateLimitCalls = calls;
      this.rateLimitWindow = window;
      return this;
    }

    public Builder rateLimitOff() {
      this.rateLimitCalls = 0;
      return this;
    }

    public Builder capMode(CapMode capMode) {
      check(capMode != null, "cap mode must be one of EMPTY, ERROR, was null");
      this.capMode = capMode;
      return this;
    }

    /** Probability of some fault on a call, spread evenly over every {@link FaultKind}. */
    public Builder faultRate(double rate) {
      checkRate(rate, "fault rate");
      for (FaultKind kind : FaultKind.values()) {
        faultRates.put(kind, rate / FaultKind.values().length);
      }
      return this;
    }

    /** Probability of one fault kind on a call; the kinds' sum must stay at most 1. */
    public Builder faultRate(FaultKind kind, double rate) {
      check(kind != null, "fault kind must be one of " + List.of(FaultKind.values()));
      checkRate(rate, "fault rate of " + kind);
      double others =
          faultRates.entrySet().stream()
              .filter(e -> e.getKey() != kind)
              .mapToDouble(Map.Entry::getValue)
              .sum();
      check(
          others + rate <= 1.0 + 1e-9,
          "fault rates must sum to at most 1, would be " + (others + rate));
      faultRates.put(kind, rate);
      return this;
    }

    public Builder latency(Duration latency) {
      check(latency != null && !latency.isNegative(), "latency must be 0 or more, was " + latency);
      this.latency = latency;
      return this;
    }

    public Builder slowReplyDelay(Duration delay) {
      check(
          delay != null && !delay.isNegative(), "slow reply delay must be 0 or more, was " + delay);
      this.slowReplyDelay = delay;
      return this;
    }

    public Builder faultSeed(long faultSeed) {
      this.faultSeed = faultSeed;
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** A JSON fixture file replacing the generator (see the package documentation). */
    public Builder fixture(Path fixture) {
      check(fixture != null, "fixture must be a path to a JSON file, was null");
      this.fixture = fixture;
      return this;
    }

    /** Answers the 1-based call {@code callNumber} with {@code fault}. */
    public Builder script(int callNumber, Fault fault) {
      check(callNumber >= 1, "scripted call number must be 1 or more, was " + callNumber);
      this.script.put(callNumber, Objects.requireNonNull(fault, "fault"));
      return this;
    }

    public Builder neverActiveUsers(int n) {
      check(n >= 0, "never-active users must be 0 or more, was " + n);
      this.neverActiveUsers = n;
      return this;
    }

    public Builder neverActiveAccounts(int n) {
      check(n >= 0, "never-active accounts must be 0 or more, was " + n);
      this.neverActiveAccounts = n;
      return this;
    }

    public Builder accountsAtOneInstant(int n) {
      check(n >= 0, "accounts at one instant must be 0 or more, was " + n);
      this.accountsAtOneInstant = n;
      return this;
    }

    /** Checks the values against each other and builds the config. */
    public EmulatorConfig build() {
      EmulatorConfig c = new EmulatorConfig(this);
      check(
          c.neverActiveUsers <= users,
          "never-active users (" + c.neverActiveUsers + ") must not exceed users (" + users + ")");
      check(
          c.neverActiveAccounts + accountsAtOneInstant <= accounts,
          "never-active accounts plus accounts at one instant must not exceed accounts ("
              + accounts
              + ")");
      return c;
    }

    private static void checkRate(double rate, String name) {
      check(rate >= 0 && rate <= 1, name + " must be between 0 and 1, was " + rate);
    }

    private static void check(boolean ok, String message) {
      if (!ok) {
        throw new IllegalArgumentException(message);
      }
    }
  }
}

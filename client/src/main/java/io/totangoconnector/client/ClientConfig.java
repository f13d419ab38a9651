package io.totangoconnector.client;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;

/**
 * How a {@link TotangoClient} reaches Totango: where, with which token, how fast and how
 * persistently. Immutable apart from the injected {@link Random}; build it with {@link #builder()},
 * which checks each value as it is set. {@link #toString()} never shows the token.
 */
public final class ClientConfig {
  /** Totango's documented budget: 100 calls per minute per token. */
  public static final int DEFAULT_RATE_LIMIT_CALLS = 100;

  public static final Duration DEFAULT_RATE_LIMIT_WINDOW = Duration.ofSeconds(60);
  public static final int MAX_PAGE_SIZE = 1000;

  /**
   * [ours] Totango documents no limit on concurrent calls; four pages fetched ahead keep a
   * 100-a-minute budget busy with replies of up to about 2.4 seconds.
   */
  public static final int DEFAULT_READ_AHEAD = 4;

  public static final int MAX_READ_AHEAD = 8;

  private final URI baseUrl;
  private final String appToken;
  private final int pageSize;
  private final int rateLimitCalls;
  private final Duration rateLimitWindow;
  private final int maxAttempts;
  private final Duration requestTimeout;
  private final Duration connectTimeout;
  private final Duration backoffInitial;
  private final Duration backoffMax;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Random random;
  private final long completenessTolerance;
  private final int readAhead;

  private ClientConfig(Builder b) {
    this.baseUrl = required(b.baseUrl, "baseUrl (or region)");
    this.appToken = required(b.appToken, "appToken");
    this.pageSize = b.pageSize;
    this.rateLimitCalls = b.rateLimitCalls;
    this.rateLimitWindow = b.rateLimitWindow;
    this.maxAttempts = b.maxAttempts;
    this.requestTimeout = b.requestTimeout;
    this.connectTimeout = b.connectTimeout;
    this.backoffInitial = b.backoffInitial;
    this.backoffMax = b.backoffMax;
    this.clock = b.clock;
    this.sleeper = b.sleeper;
    this.random = b.random;
    this.completenessTolerance = b.completenessTolerance;
    this.readAhead = b.readAhead;
  }

  public static Builder builder() {
    return new Builder();
  }

  private static <T> T required(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " is required");
    }
    return value;
  }

  /** The API host, e.g. {@code https://api.totango.com}; requests go to its {@code /api/v1/...}. */
  public URI baseUrl() {
    return baseUrl;
  }

  /** Package-private so that the token never leaves the client through its public face. */
  String appToken() {
    return appToken;
  }

  /** Records asked for per call, 1 to 1000. */
  public int pageSize() {
    return pageSize;
  }

  /** At most this many calls per token in any {@link #rateLimitWindow()}. */
  public int rateLimitCalls() {
    return rateLimitCalls;
  }

  public Duration rateLimitWindow() {
    return rateLimitWindow;
  }

  /** Attempts per call, the first included. */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** How long to wait for a reply's headers. */
  public Duration requestTimeout() {
    return requestTimeout;
  }

  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** The delay before the first retry; it doubles per retry up to {@link #backoffMax()}. */
  public Duration backoffInitial() {
    return backoffInitial;
  }

  public Duration backoffMax() {
    return backoffMax;
  }

  public Clock clock() {
    return clock;
  }

  public Sleeper sleeper() {
    return sleeper;
  }

  /** The source of retry jitter; seeded in tests so that delays are reproducible. */
  public Random random() {
    return random;
  }

  /**
   * How many records a sliced read may be off by (records that changed while it ran) and still
   * succeed, with a warning; 0 by default: any difference fails the search after one retry.
   */
  public long completenessTolerance() {
    return completenessTolerance;
  }

  /** Pages fetched ahead of the one being handed on; 0 fetches one page at a time. */
  public int readAhead() {
    return readAhead;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "ClientConfig{baseUrl=%s, appToken=***, pageSize=%d, rateLimit=%d per %s, maxAttempts=%d,"
            + " requestTimeout=%s, connectTimeout=%s, backoff=%s..%s, completenessTolerance=%d}",
        baseUrl,
        pageSize,
        rateLimitCalls,
        rateLimitWindow,
        maxAttempts,
        requestTimeout,
        connectTimeout,
        backoffInitial,
        backoffMax,
        completenessTolerance);
  }

  /** Checks each value as it is set; {@link #build()} checks that a base URL and token were set. */
  public static final class Builder {
    private URI baseUrl;
    private String appToken;
    private int pageSize = MAX_PAGE_SIZE;
    private int rateLimitCalls = DEFAULT_RATE_LIMIT_CALLS;
    private Duration rateLimitWindow = DEFAULT_RATE_LIMIT_WINDOW;
    private int maxAttempts = 6;
    private Duration requestTimeout = Duration.ofSeconds(120);
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration backoffInitial = Duration.ofSeconds(1);
    private Duration backoffMax = Duration.ofSeconds(60);
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.SYSTEM;
    private Random random = new Random();
    private long completenessTolerance;
    private int readAhead = DEFAULT_READ_AHEAD;

    private Builder() {}

    /** An {@code http} or {@code https} URL with a host, e.g. the emulator's. */
    public Builder baseUrl(URI baseUrl) {
      Objects.requireNonNull(baseUrl, "baseUrl");
      String scheme =
          baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || baseUrl.getHost() == null) {
        throw new IllegalArgumentException(
            "baseUrl must be an http or https URL with a host, such as https://api.totango.com;"
                + " got '"
                + baseUrl
                + "'");
      }
      this.baseUrl = baseUrl;
      return this;
    }

    public Builder region(Region region) {
      return baseUrl(Objects.requireNonNull(region, "region").baseUrl());
    }

    /** The personal access token; never logged or shown. */
    public Builder appToken(String appToken) {
      if (appToken == null || appToken.isBlank()) {
        throw new IllegalArgumentException("appToken must not be empty");
      }
      // Stripped first: a token read from a file usually ends with a line break.
      if (appToken.strip().chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
        throw new IllegalArgumentException(
            "appToken must not contain line breaks or control characters; was it pasted whole?");
      }
      this.appToken = appToken.strip();
      return this;
    }

    public Builder pageSize(int pageSize) {
      if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
        throw new IllegalArgumentException(
            "pageSize must be between 1 and " + MAX_PAGE_SIZE + ", got " + pageSize);
      }
      this.pageSize = pageSize;
      return this;
    }

    /** At most {@code calls} calls in any {@code window}, shared by all users of the token. */
    public Builder rateLimit(int calls, Duration window) {
      if (calls < 1) {
        throw new IllegalArgumentException("rateLimit calls must be at least 1, got " + calls);
      }
      this.rateLimitWindow = positive(window, "rateLimit window");
      this.rateLimitCalls = calls;
      return this;
    }

    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1 || maxAttempts > 100) {
        throw new IllegalArgumentException(
            "maxAttempts must be between 1 and 100, got " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    public Builder requestTimeout(Duration requestTimeout) {
      this.requestTimeout = positive(requestTimeout, "requestTimeout");
      return this;
    }

    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = positive(connectTimeout, "connectTimeout");
      return this;
    }

    public Builder backoff(Duration initial, Duration max) {
      positive(initial, "backoff initial delay");
      positive(max, "backoff maximum delay");
      if (max.compareTo(initial) < 0) {
        throw new IllegalArgumentException(
            "backoff maximum delay must be at least the initial delay ("
                + initial
                + "), got "
                + max);
      }
      this.backoffInitial = initial;
      this.backoffMax = max;
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /** The source of retry jitter; seed it for reproducible tests. */
    public Builder random(Random random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /** Records a sliced read may be off by and still succeed (with a warning); 0 or more. */
    public Builder completenessTolerance(long records) {
      if (records < 0) {
        throw new IllegalArgumentException(
            "completenessTolerance must be 0 or more records, got " + records);
      }
      this.completenessTolerance = records;
      return this;
    }

    /**
     * Pages fetched ahead while the current one is handed on, 0 to 8 (default 4), so that slow
     * replies do not leave the rate budget unused. Every call still goes through the rate limit.
     */
    public Builder readAhead(int pages) {
      if (pages < 0 || pages > MAX_READ_AHEAD) {
        throw new IllegalArgumentException(
            "readAhead must be from 0 to " + MAX_READ_AHEAD + " pages, got " + pages);
      }
      this.readAhead = pages;
      return this;
    }

    public ClientConfig build() {
      return new ClientConfig(this);
    }

    private static Duration positive(Duration d, String name) {
      if (d == null || d.isZero() || d.isNegative()) {
        throw new IllegalArgumentException(name + " must be a positive duration, got " + d);
      }
      return d;
    }
  }
}

package io.totangoconnector.emulator;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A running local Totango Search API on 127.0.0.1, per {@code totango-api.md}. Start it with {@link
 * #start}, point a client at {@link #baseUrl()}, close it when done. Thread-safe.
 */
public final class Emulator implements AutoCloseable {
  private final EmulatorConfig config;
  private final DataStore store;
  private final FaultPlan plan;
  private final RequestLog log = new RequestLog();
  private final SearchHandler handler;
  private final Javalin app;

  private Emulator(EmulatorConfig config) {
    this.config = config;
    this.store = new DataStore(source(config), config.seed());
    this.plan = new FaultPlan(config);
    this.handler =
        new SearchHandler(config, new Searcher(store, config.clock(), config.capMode()), plan, log);
    this.app =
        Javalin.create(
            c -> {
              c.startup.showJavalinBanner = false;
              c.startup.showOldJavalinVersionWarning = false;
              c.jetty.host = "127.0.0.1";
              c.jetty.port = config.port();
              c.http.compressionStrategy = CompressionStrategy.NONE;
              c.routes.post("/api/v1/search/{report}", handler::handle);
            });
  }

  /** Builds the data and starts serving; fails if the port is taken or the fixture is bad. */
  public static Emulator start(EmulatorConfig config) {
    Emulator emulator = new Emulator(config);
    emulator.app.start();
    return emulator;
  }

  private static RecordSource source(EmulatorConfig config) {
    long anchor =
        LocalDate.now(config.clock()).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    if (config.fixture() != null) {
      return FixtureSource.load(config.fixture(), config.seed(), anchor);
    }
    return new Generator(
        config.seed(),
        anchor,
        config.accounts(),
        config.users(),
        new Generator.Counts(
            config.neverActiveAccounts(),
            config.accountsAtOneInstant(),
            config.neverActiveUsers()));
  }

  /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + port());
  }

  public int port() {
    return app.port();
  }

  /** The configuration the emulator was started with. */
  public EmulatorConfig config() {
    return config;
  }

  /** A snapshot of the request log (the last 100,000 calls), in call order. */
  public List<RecordedRequest> requests() {
    return log.snapshot();
  }

  /** Calls received so far (all of them, whatever they were answered). */
  public int callCount() {
    return handler.callCount();
  }

  /** Answers the 1-based call {@code callNumber} with {@code fault} (replacing any earlier). */
  public void script(int callNumber, Fault fault) {
    if (callNumber < 1 || fault == null) {
      throw new IllegalArgumentException("script needs a call number of 1 or more and a fault");
    }
    plan.script(callNumber, fault);
  }

  /** Adds n generated accounts (without users). */
  public void addAccounts(int n) {
    store.addAccounts(n);
  }

  /** Adds n generated users, spread unevenly over the existing accounts. */
  public void addUsers(int n) {
    store.addUsers(n);
  }

  /** Removes n accounts chosen by a seeded draw, and their users; at least one account stays. */
  public void removeAccounts(int n) {
    store.removeAccounts(n);
  }

  /** A read-only view of the current data, for tests computing expected answers. */
  public DataView dataset() {
    return new SnapshotView(store.snapshot());
  }

  /** Several lines: URL, tokens, data sizes, limits, faults and a curl command that works. */
  public String startupMessage() {
    Snapshot s = store.snapshot();
    return StartupMessage.of(config, baseUrl(), s.aliveAccounts(), s.aliveUsers());
  }

  @Override
  public void close() {
    app.stop();
  }
}

package io.totangoconnector.bench;

import io.totangoconnector.client.ClientConfig;
import io.totangoconnector.core.SyncSummary;
import io.totangoconnector.emulator.Emulator;
import io.totangoconnector.emulator.RecordedRequest;
import io.totangoconnector.sinks.UpdateMode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * B6: the client's pacing against a server that limits with a sliding window (the emulator's own
 * limiter) and one that limits with fixed windows (a proxy): the rate achieved against the ideal
 * (100 calls per window), the most calls seen in any window, and the 429s received. No latency: the
 * limiter alone sets the pace.
 */
final class PacingBench implements Bench {
  private static final int CALLS = 100;
  private static final Duration WINDOW = Duration.ofSeconds(3);
  private static final int PAGE_SIZE = 67;
  private static final int REPS = 3;

  @Override
  public String id() {
    return "B6";
  }

  @Override
  public String title() {
    return "pacing against fixed- and sliding-window limiters";
  }

  @Override
  public List<Figure> run() throws Exception {
    List<Figure> figures = new ArrayList<>();
    try (Emulator sliding = Emulators.users(10_000, b -> b.rateLimit(CALLS, WINDOW))) {
      figures.add(measure("sliding", sliding, sliding.baseUrl(), null));
    }
    try (Emulator open = Emulators.users(10_000);
        FixedWindowProxy proxy = new FixedWindowProxy(open.baseUrl(), CALLS, WINDOW)) {
      figures.add(measure("fixed", open, proxy.baseUrl(), proxy));
    }
    return figures;
  }

  private Figure measure(String kind, Emulator emulator, URI url, FixedWindowProxy proxy) {
    ClientConfig client = Syncs.client(url, b -> b.rateLimit(CALLS, WINDOW).pageSize(PAGE_SIZE));
    List<Double> ratios = new ArrayList<>();
    int most = 0;
    int http429s = 0;
    int calls = 0;
    for (int r = 0; r < REPS; r++) {
      int before = emulator.callCount();
      SyncSummary s = Syncs.users(client, new NullSink(), UpdateMode.REPLACE);
      List<Instant> accepted =
          emulator.requests().stream()
              .filter(q -> q.callNumber() > before && q.status() == 200)
              .map(RecordedRequest::receivedAt)
              .toList();
      ratios.add(achievedRate(accepted) / (CALLS / (WINDOW.toMillis() / 1000.0)));
      most = Math.max(most, mostInAnyWindow(accepted, WINDOW));
      http429s += s.http429s();
      calls = s.calls();
    }
    int refused =
        proxy != null
            ? proxy.refused()
            : (int) emulator.requests().stream().filter(q -> q.status() == 429).count();
    String note =
        String.format(
            Locale.ROOT,
            "%d calls per sync, limit %d per %d s; most calls in any %d s window %d; 429s %d"
                + " (client counted %d)",
            calls,
            CALLS,
            WINDOW.toSeconds(),
            WINDOW.toSeconds(),
            most,
            refused,
            http429s);
    return Figure.of(
            "B6 pacing, " + kind + " window",
            "ideal rate (100 calls per window)",
            Samples.of(ratios),
            Target.atLeast(0.95),
            note)
        .and(
            refused == 0 && most <= CALLS,
            "0 429s (" + refused + "), max/window<=100 (" + most + ")");
  }

  /** Calls per second between the first and the last. */
  static double achievedRate(List<Instant> calls) {
    double seconds = Duration.between(calls.get(0), calls.get(calls.size() - 1)).toNanos() / 1e9;
    return (calls.size() - 1) / seconds;
  }

  /** The most calls in any half-open window [t, t + window). */
  static int mostInAnyWindow(List<Instant> calls, Duration window) {
    int most = 0;
    int first = 0;
    for (int last = 0; last < calls.size(); last++) {
      while (!calls.get(first).plus(window).isAfter(calls.get(last))) {
        first++;
      }
      most = Math.max(most, last - first + 1);
    }
    return most;
  }
}

package io.totangoconnector.bench;

import io.totangoconnector.client.ClientConfig;
import io.totangoconnector.core.SyncSummary;
import io.totangoconnector.emulator.Emulator;
import io.totangoconnector.sinks.Destinations;
import io.totangoconnector.sinks.UpdateMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * B5: the whole sync into DuckDB against an emulator that enforces 100 calls per compressed window
 * and answers after about 200 ms, against the theoretical floor: the time the budget needs for the
 * calls made (calls × window / 100). Client and emulator use the same budget, as they would with
 * Totango.
 */
final class ThrottledBench implements Bench {
  static final int CALLS = 100;
  static final Duration WINDOW = Duration.ofSeconds(6);
  static final Duration LATENCY = Duration.ofMillis(200);
  private static final int USERS = 10_000;
  private static final int PAGE_SIZE = 200;
  private static final int REPS = 3;

  @Override
  public String id() {
    return "B5";
  }

  @Override
  public String title() {
    return "end to end throttled, against the floor";
  }

  @Override
  public List<Figure> run() throws Exception {
    Path dir = Files.createTempDirectory("bench-b5");
    try (Emulator emulator =
        Emulators.users(USERS, b -> b.rateLimit(CALLS, WINDOW).latency(LATENCY))) {
      ClientConfig client =
          Syncs.client(emulator.baseUrl(), b -> b.rateLimit(CALLS, WINDOW).pageSize(PAGE_SIZE));
      List<Double> ratios = new ArrayList<>();
      int http429s = 0;
      int calls = 0;
      for (int r = 0; r < REPS; r++) {
        long start = System.nanoTime();
        SyncSummary s =
            Syncs.users(
                client,
                Destinations.parse("duckdb:" + dir.resolve("r" + r + ".duckdb") + "#users"),
                UpdateMode.REPLACE);
        double seconds = (System.nanoTime() - start) / 1e9;
        double floor = s.calls() * WINDOW.toMillis() / 1000.0 / CALLS;
        ratios.add(seconds / floor);
        http429s += s.http429s();
        calls = s.calls();
      }
      long refused = emulator.requests().stream().filter(q -> q.status() == 429).count();
      String note =
          String.format(
              Locale.ROOT,
              "%d calls per sync (page size %d over %,d users), %d per %d s window, %d ms latency;"
                  + " floor %.1f s per sync; 429s seen by the client %d, answered by the emulator %d",
              calls,
              PAGE_SIZE,
              USERS,
              CALLS,
              WINDOW.toSeconds(),
              LATENCY.toMillis(),
              calls * WINDOW.toMillis() / 1000.0 / CALLS,
              http429s,
              refused);
      return List.of(
          Figure.of(
                  "B5 throttled sync",
                  "theoretical floor (calls x W/100)",
                  Samples.of(ratios),
                  Target.atMost(1.05),
                  note)
              .and(http429s == 0 && refused == 0, "0 429s (" + refused + ")"));
    }
  }
}

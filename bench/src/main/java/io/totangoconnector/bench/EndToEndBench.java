package io.totangoconnector.bench;

import io.totangoconnector.client.ClientConfig;
import io.totangoconnector.core.SyncSummary;
import io.totangoconnector.emulator.Emulator;
import io.totangoconnector.sinks.Destinations;
import io.totangoconnector.sinks.Sink;
import io.totangoconnector.sinks.UpdateMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * B4: the whole sync, unthrottled, 100,000 users into DuckDB, against the same pipeline into a null
 * sink; and the records per second as a multiple of the API floor (1,667 per second).
 */
final class EndToEndBench implements Bench {
  static final double API_FLOOR_RECORDS_PER_SECOND = 100_000 / 60.0;
  private static final int RECORDS = 100_000;
  private static final int REPS = 3;

  private int round;

  @Override
  public String id() {
    return "B4";
  }

  @Override
  public String title() {
    return "end to end unthrottled, 100k records into DuckDB";
  }

  @Override
  public List<Figure> run() throws Exception {
    Path dir = Files.createTempDirectory("bench-b4");
    try (Emulator emulator = Emulators.users(RECORDS)) {
      ClientConfig client = Syncs.unthrottled(emulator.baseUrl());
      Timed none = () -> sync(client, new NullSink());
      List<Double> duckSeconds = new ArrayList<>();
      Timed duck =
          () -> {
            long t = sync(client, Destinations.parse(duckDb(dir)));
            duckSeconds.add(t / 1e9);
            return t;
          };
      Samples ratios = Samples.of(Timed.speedRatios(1, REPS, duck, none));
      List<Double> floorMultiples = new ArrayList<>();
      for (double seconds : duckSeconds.subList(1, duckSeconds.size())) {
        floorMultiples.add(RECORDS / seconds / API_FLOOR_RECORDS_PER_SECOND);
      }
      Samples floor = Samples.of(floorMultiples);
      return List.of(
          Figure.of(
              "B4 sync into DuckDB",
              "same sync into a null sink",
              ratios,
              Target.atLeast(0.6),
              "one sync of 100,000 users, read in slices past the cap"),
          Figure.of(
              "B4 DuckDB records/s",
              "API floor 1,667 records/s",
              floor,
              Target.NONE,
              String.format(
                  Locale.ROOT,
                  "median %,.0f records/s into DuckDB",
                  floor.median() * API_FLOOR_RECORDS_PER_SECOND)));
    }
  }

  private String duckDb(Path dir) {
    return "duckdb:" + dir.resolve("r" + round++ + ".duckdb") + "#users";
  }

  /** Syncs {@link #RECORDS} users; returns the time taken. */
  private static long sync(ClientConfig client, Sink sink) {
    long start = System.nanoTime();
    SyncSummary s = Syncs.users(client, sink, UpdateMode.REPLACE);
    if (s.rows() != RECORDS) {
      throw new IllegalStateException("synced " + s.rows() + " rows, expected " + RECORDS);
    }
    return System.nanoTime() - start;
  }
}

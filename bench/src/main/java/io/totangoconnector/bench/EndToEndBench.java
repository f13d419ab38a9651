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
 * sink; and the records per second as a multiple of the API floor (1,667 per second). Until issue 4
 * lets one sync read past 10,000 records, the 100,000 records are ten syncs of 10,000 (the first
 * replacing, the others appending).
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
    boolean oneSync = PastCap.supported();
    int perSync = oneSync ? RECORDS : 10_000;
    Path dir = Files.createTempDirectory("bench-b4");
    try (Emulator emulator = Emulators.users(perSync)) {
      ClientConfig client = Syncs.unthrottled(emulator.baseUrl());
      Timed none = () -> syncs(client, new NullSink(), perSync);
      Timed duck =
          () -> {
            OneRunSink sink = new OneRunSink(Destinations.parse(duckDb(dir)));
            long start = System.nanoTime();
            syncs(client, sink, perSync);
            sink.finish();
            return System.nanoTime() - start;
          };
      List<Double> duckSeconds = new ArrayList<>();
      Timed recordedDuck =
          () -> {
            long t = duck.nanos();
            duckSeconds.add(t / 1e9);
            return t;
          };
      Samples ratios = Samples.of(Timed.speedRatios(1, REPS, recordedDuck, none));
      List<Double> floorMultiples = new ArrayList<>();
      for (double seconds : duckSeconds.subList(1, duckSeconds.size())) {
        floorMultiples.add(RECORDS / seconds / API_FLOOR_RECORDS_PER_SECOND);
      }
      Samples floor = Samples.of(floorMultiples);
      List<Figure> figures = new ArrayList<>();
      figures.add(
          Figure.of(
              "B4 sync into DuckDB",
              "same sync into a null sink",
              ratios,
              Target.atLeast(0.6),
              oneSync
                  ? "one sync of 100,000"
                  : "ten syncs of 10,000 into one DuckDB run (the cap; issue 4 pending)"));
      figures.add(
          Figure.of(
              "B4 DuckDB records/s",
              "API floor 1,667 records/s",
              floor,
              Target.NONE,
              String.format(
                  Locale.ROOT,
                  "median %,.0f records/s into DuckDB",
                  floor.median() * API_FLOOR_RECORDS_PER_SECOND)));
      if (!oneSync) {
        figures.add(
            Figure.of(
                "B4 ten DuckDB runs of 10k",
                "same syncs into a null sink",
                Samples.of(
                    Timed.speedRatios(
                        0,
                        REPS,
                        () -> syncs(client, Destinations.parse(duckDb(dir)), perSync),
                        none)),
                Target.NONE,
                "each sync its own DuckDB run (open, publish, close), appending to the first"));
      }
      return figures;
    }
  }

  private String duckDb(Path dir) {
    return "duckdb:" + dir.resolve("r" + round++ + ".duckdb") + "#users";
  }

  /** Syncs {@link #RECORDS} users; returns the time taken. */
  private static long syncs(ClientConfig client, Sink sink, int perSync) {
    long start = System.nanoTime();
    long rows = 0;
    for (int i = 0; i < RECORDS / perSync; i++) {
      SyncSummary s = Syncs.users(client, sink, i == 0 ? UpdateMode.REPLACE : UpdateMode.APPEND);
      rows += s.rows();
    }
    if (rows != RECORDS) {
      throw new IllegalStateException("synced " + rows + " rows, expected " + RECORDS);
    }
    return System.nanoTime() - start;
  }
}

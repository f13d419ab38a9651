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
      List<Long> duckTimes = new ArrayList<>();
      Timed duck =
          () -> {
            long t =
                syncs(
                    client,
                    Destinations.parse(
                        "duckdb:" + dir.resolve("r" + round++ + ".duckdb") + "#users"),
                    perSync);
            duckTimes.add(t);
            return t;
          };
      Timed none = () -> syncs(client, new NullSink(), perSync);
      Samples ratios = Samples.of(Timed.speedRatios(1, REPS, duck, none));
      List<Double> floorMultiples = new ArrayList<>();
      for (long t : duckTimes.subList(duckTimes.size() - REPS, duckTimes.size())) {
        floorMultiples.add(RECORDS / (t / 1e9) / API_FLOOR_RECORDS_PER_SECOND);
      }
      Samples floor = Samples.of(floorMultiples);
      String how = oneSync ? "one sync of 100,000" : "ten syncs of 10,000 (cap; issue 4 pending)";
      return List.of(
          Figure.of(
              "B4 sync into DuckDB",
              "same sync into a null sink",
              ratios,
              Target.atLeast(0.6),
              how),
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

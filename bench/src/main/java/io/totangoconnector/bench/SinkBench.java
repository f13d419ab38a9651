package io.totangoconnector.bench;

import io.totangoconnector.client.Report;
import io.totangoconnector.core.TableLayout;
import io.totangoconnector.sinks.Destinations;
import io.totangoconnector.sinks.SinkWriter;
import io.totangoconnector.sinks.TableSchema;
import io.totangoconnector.sinks.UpdateMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * B3: each sink (open, write every row, commit, close) against the bare way to load the same rows
 * with the same library.
 */
final class SinkBench implements Bench {
  static final String POSTGRES_JDBC = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
  private static final String POSTGRES_SINK =
      "postgresql://127.0.0.1:5432/test?user=postgres#bench.users";
  private static final int ROWS = 50_000;
  private static final int BATCH_ROWS = 10_000;
  private static final int REPS = 5;

  private final AtomicInteger files = new AtomicInteger();
  private Path dir;

  @Override
  public String id() {
    return "B3";
  }

  @Override
  public String title() {
    return "sinks against their bare baselines";
  }

  @Override
  public List<Figure> run() throws Exception {
    dir = Files.createTempDirectory("bench-b3");
    TableSchema schema = TableLayout.of(Report.USERS, BenchQueries.users().columns()).schema();
    List<Object[]> rows = SyntheticRows.of(schema, ROWS, 3);
    List<Object[]> fewer = rows.subList(0, BATCH_ROWS);
    Timed duckSink = () -> sink("duckdb:" + next("duckdb") + "#users", schema, rows);
    List<Figure> figures = new ArrayList<>();
    figures.add(
        Figure.of(
            "B3 DuckDB sink",
            "bare Appender loop",
            Samples.of(
                Timed.speedRatios(
                    1,
                    REPS,
                    duckSink,
                    Timed.of(() -> SinkBaselines.duckDbAppender(next("duckdb"), schema, rows)))),
            Target.atLeast(0.8),
            String.format(
                Locale.ROOT, "%,d rows of %d columns per round", ROWS, schema.columns().size())));
    figures.add(
        Figure.of(
            "B3 DuckDB sink (10k rows)",
            "JDBC executeBatch",
            Samples.of(
                Timed.speedRatios(
                    0,
                    3,
                    () -> sink("duckdb:" + next("duckdb") + "#users", schema, fewer),
                    Timed.of(() -> SinkBaselines.duckDbBatch(next("duckdb"), schema, fewer)))),
            Target.NONE,
            ""));
    figures.add(postgres(schema, rows));
    figures.add(
        Figure.of(
            "B3 CSV sink",
            "raw BufferedWriter",
            Samples.of(
                Timed.speedRatios(
                    1,
                    REPS,
                    () -> sink("csv:" + next("csv"), schema, rows),
                    Timed.of(() -> SinkBaselines.rawCsv(next("csv"), rows)))),
            Target.NONE,
            ""));
    figures.add(
        Figure.of(
            "B3 Parquet sink",
            "DuckDB sink",
            Samples.of(
                Timed.speedRatios(
                    1, REPS, () -> sink("parquet:" + next("parquet"), schema, rows), duckSink)),
            Target.NONE,
            ""));
    return figures;
  }

  private Figure postgres(TableSchema schema, List<Object[]> rows) throws Exception {
    if (!postgresReachable()) {
      return Figure.notMeasured(
          "B3 PostgreSQL sink", "bare CopyManager", Target.NONE, "skipped (no PostgreSQL)");
    }
    return Figure.of(
        "B3 PostgreSQL sink",
        "bare CopyManager",
        Samples.of(
            Timed.speedRatios(
                1,
                REPS,
                () -> sink(POSTGRES_SINK, schema, rows),
                Timed.of(() -> SinkBaselines.postgresCopy(POSTGRES_JDBC, schema, rows)))),
        Target.NONE,
        "");
  }

  static boolean postgresReachable() {
    try (Connection c = DriverManager.getConnection(POSTGRES_JDBC)) {
      return c.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }

  /** A file name not used before in this run, so each round starts from nothing. */
  private Path next(String extension) {
    return dir.resolve("f" + files.incrementAndGet() + "." + extension);
  }

  private static long sink(String destination, TableSchema schema, List<Object[]> rows) {
    long start = System.nanoTime();
    try (SinkWriter writer = Destinations.parse(destination).open(schema, UpdateMode.REPLACE)) {
      for (Object[] row : rows) {
        writer.write(row);
      }
      writer.commit();
    }
    return System.nanoTime() - start;
  }
}

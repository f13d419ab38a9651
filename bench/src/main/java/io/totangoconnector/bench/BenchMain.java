package io.totangoconnector.bench;

import io.totangoconnector.client.DecodeBench;
import io.totangoconnector.client.FetchBench;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * Runs the benchmarks named on the command line ({@code B1 B4 ...}), or all of them, and prints one
 * summary table. A benchmark that fails shows as a row with its error; the others still run.
 */
public final class BenchMain {
  private BenchMain() {}

  static Map<String, Bench> all() {
    Map<String, Bench> benches = new LinkedHashMap<>();
    for (Bench b :
        List.of(
            new DecodeBench(),
            new FetchBench(),
            new SinkBench(),
            new EndToEndBench(),
            new ThrottledBench(),
            new PacingBench(),
            new RecoveryBench(),
            new HeapBench(),
            new CapBench(),
            new ColdStartBench())) {
      benches.put(b.id(), b);
    }
    return benches;
  }

  public static void main(String[] args) {
    PrintStream out = System.out;
    Map<String, Bench> benches = all();
    List<Bench> chosen = new ArrayList<>();
    for (String a : args) {
      Bench b = benches.get(a.toUpperCase(Locale.ROOT));
      if (b == null) {
        System.err.println("Unknown benchmark " + a + "; choose from " + benches.keySet());
        System.exit(2);
      }
      chosen.add(b);
    }
    if (chosen.isEmpty()) {
      chosen.addAll(benches.values());
    }
    long start = System.nanoTime();
    List<Figure> figures = new ArrayList<>();
    for (Bench b : chosen) {
      figures.addAll(runOne(out, b));
    }
    out.println();
    SummaryTable.print(out, figures);
    out.printf(Locale.ROOT, "%ntotal time: %.0f s%n", (System.nanoTime() - start) / 1e9);
    System.exit(0);
  }

  private static List<Figure> runOne(PrintStream out, Bench b) {
    out.printf(Locale.ROOT, "%s: %s ...%n", b.id(), b.title());
    long start = System.nanoTime();
    List<Figure> figures;
    try {
      figures = b.run();
    } catch (Exception | Error e) {
      LoggerFactory.getLogger(BenchMain.class).error("{} failed", b.id(), e);
      figures =
          List.of(Figure.notMeasured(b.id() + " " + b.title(), "-", Target.NONE, "ERROR: " + e));
    }
    for (Figure f : figures) {
      Samples s = f.ratios();
      out.printf(
          Locale.ROOT,
          "  %s vs %s: %s%n",
          f.name(),
          f.baseline(),
          s == null
              ? f.result()
              : String.format(
                  Locale.ROOT,
                  "median %s (min %s, max %s) %s",
                  SummaryTable.ratio(s.median()),
                  SummaryTable.ratio(s.min()),
                  SummaryTable.ratio(s.max()),
                  f.result()));
    }
    out.printf(Locale.ROOT, "  (%.1f s)%n", (System.nanoTime() - start) / 1e9);
    return figures;
  }
}

package io.totangoconnector.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** Prints the figures as one table, then their notes. */
final class SummaryTable {
  private static final String ROW = "%-34s %-34s %8s %8s %8s  %-24s %s%n";

  private SummaryTable() {}

  static void print(PrintStream out, List<Figure> figures) {
    out.printf(
        Locale.ROOT, ROW, "figure", "ratio against", "median", "min", "max", "target", "result");
    out.println("-".repeat(130));
    for (Figure f : figures) {
      Samples s = f.ratios();
      out.printf(
          Locale.ROOT,
          ROW,
          f.name(),
          f.baseline(),
          s == null ? "-" : ratio(s.median()),
          s == null ? "-" : ratio(s.min()),
          s == null ? "-" : ratio(s.max()),
          f.targetText(),
          f.result());
    }
    out.println();
    for (Figure f : figures) {
      if (!f.note().isEmpty()) {
        out.println(f.name() + ": " + f.note());
      }
    }
  }

  static String ratio(double r) {
    return String.format(Locale.ROOT, r >= 100 ? "%.0f" : "%.3f", r);
  }
}

package io.totangoconnector.cli;

import io.totangoconnector.core.SyncSummary;
import java.io.PrintStream;

/** The few lines a run ends with: what was written where, and what it cost. */
final class SummaryPrinter {
  private SummaryPrinter() {}

  static void print(PrintStream out, String report, String mode, SyncSummary s) {
    out.printf(
        "Synced %,d %s into %s (%s) in %s.%n",
        s.rows(), report, s.destination(), mode, Durations.format(s.duration()));
    out.printf(
        "  rows %,d | columns %d | pages %d | calls %d | retries %d | 429s received %d"
            + " | rate-limit waits %s | batch %s%n",
        s.rows(),
        s.columns(),
        s.pages(),
        s.calls(),
        s.retries(),
        s.http429s(),
        Durations.format(s.rateLimitWaited()),
        s.batchId());
    if (s.slices() > 1) {
      out.printf(
          "  slices %d (probes %d): read past Totango's 10,000-record cap, every record counted"
              + " once.%n",
          s.slices(), s.probeCalls());
    }
    if (s.decodeMismatches() > 0) {
      out.printf(
          "  warning: %,d values did not fit their column's type and were left empty.%n",
          s.decodeMismatches());
    }
  }
}

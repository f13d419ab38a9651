package io.totangoconnector.cli;

import io.totangoconnector.client.SearchListener;
import java.io.PrintStream;
import java.time.Duration;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows a run's progress (thread-safe: retries and waits are reported from read-ahead threads): a
 * bar on a terminal, plain lines otherwise (logs, CI), nothing with {@code --quiet}. Records of
 * total, pages, and waits for the rate limit shown as waits.
 */
final class ProgressReporter implements SearchListener, AutoCloseable {
  private final String task;
  private final PrintStream out;
  private final boolean bar;
  private final boolean quiet;
  private ProgressBar progress;
  private long total = -1;
  private long records;
  private int pages;

  ProgressReporter(String task, PrintStream out, boolean terminal, boolean quiet) {
    this.task = task;
    this.out = out;
    this.bar = terminal && !quiet;
    this.quiet = quiet;
  }

  @Override
  public synchronized void onTotalHits(long totalHits) {
    total = totalHits;
    if (bar && progress == null) {
      progress =
          new ProgressBarBuilder()
              .setTaskName(task)
              .setInitialMax(totalHits)
              .setStyle(ProgressBarStyle.ASCII)
              .setConsumer(new ConsoleProgressBarConsumer(out))
              .showSpeed()
              .setUnit(" records", 1)
              .build();
    }
  }

  @Override
  public synchronized void onPage(long offset, int hits) {
    records += hits;
    pages++;
    if (progress != null) {
      progress.stepBy(hits);
      progress.setExtraMessage(pages + (pages == 1 ? " page" : " pages"));
    } else if (!quiet) {
      out.printf("%s: page %d, %,d of %,d records%n", task, pages, records, Math.max(total, 0));
    }
  }

  @Override
  public synchronized void onRateLimitWait(Duration wait) {
    String message = "waiting " + Durations.format(wait) + " for the rate limit";
    if (progress != null) {
      progress.setExtraMessage(message);
    } else if (!quiet && wait.toMillis() >= 1000) {
      out.printf("%s: %s%n", task, message);
    }
  }

  @Override
  public synchronized void onRetry(int attempt, String reason, Duration delay) {
    String message = "retry " + attempt + " in " + Durations.format(delay) + " (" + reason + ")";
    if (progress != null) {
      progress.setExtraMessage(message);
    } else if (!quiet) {
      out.printf("%s: %s%n", task, message);
    }
  }

  @Override
  public synchronized void onSlice(int index, int of, long hits, String range) {
    String message = "slice " + index + " of ~" + of + ": " + range;
    if (progress != null) {
      progress.setExtraMessage(message);
    } else if (!quiet) {
      out.printf("%s: %s (%,d records)%n", task, message, hits);
    }
  }

  @Override
  public synchronized void onWarning(String message) {
    out.printf("%nWarning: %s%n", message); // even with --quiet: it concerns the data
  }

  @Override
  public synchronized void close() {
    if (progress != null) {
      progress.close();
    }
  }
}

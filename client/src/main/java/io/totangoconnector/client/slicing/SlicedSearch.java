package io.totangoconnector.client.slicing;

import io.totangoconnector.client.PageConsumer;
import io.totangoconnector.client.Report;
import io.totangoconnector.client.SearchListener;
import io.totangoconnector.client.query.SearchQuery;
import java.util.Locale;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads every record of a query that matches more than one query serves, in slices, and checks that
 * it did (see the package documentation). One instance per search; not thread-safe.
 */
public final class SlicedSearch {
  private static final Logger LOG = LoggerFactory.getLogger(SlicedSearch.class);

  private final PageSource source;
  private final Report report;
  private final int pageSize;
  private final long tolerance;

  /**
   * @param pageSize records per call, 1 to 1000
   * @param tolerance records the counts may differ by and still succeed, with a warning
   */
  public SlicedSearch(PageSource source, Report report, int pageSize, long tolerance) {
    this.source = Objects.requireNonNull(source, "source");
    this.report = Objects.requireNonNull(report, "report");
    if (pageSize < 1 || tolerance < 0) {
      throw new IllegalArgumentException("pageSize must be 1 or more and tolerance 0 or more");
    }
    this.pageSize = pageSize;
    this.tolerance = tolerance;
  }

  /**
   * Reads {@code query}, whose first unsliced page (already fetched, one probe call) reported
   * {@code totalHits}, handing each record to {@code consumer} once.
   *
   * @throws IncompleteReadException when the counts differ by more than the tolerance twice
   * @throws SliceTooLargeException when more than 20,000 records share one activity instant, more
   *     than 20,000 accounts were never active, or more than 20,000 never-active users have
   *     accounts never active or last active at one instant
   */
  public SlicedRead run(
      SearchQuery query, long totalHits, PageConsumer consumer, SearchListener listener) {
    Delivery delivery = new Delivery(consumer, listener);
    SliceEvents events = new SliceEvents(listener);
    events.planned(estimate(totalHits), "never active, then windows of last_activity_time");
    SliceAttempt attempt = new SliceAttempt(query, report, source, pageSize, delivery, events);
    events.probed(); // the unsliced first page that reported totalHits
    Completeness counts = attempt.run(totalHits);
    if (!acceptable(counts, listener)) {
      listener.onWarning(counts.describe(report) + "; reading all slices once more.");
      delivery.ledger().nextAttempt();
      long recount = source.fetch(query, 0, 1, 0).totalHits();
      events.probed();
      counts = attempt.run(recount);
      if (!acceptable(counts, listener)) {
        throw new IncompleteReadException(report, counts, tolerance);
      }
    }
    return new SlicedRead(
        counts.reported(), delivery.rows(), delivery.pages(), events.slices(), events.probes());
  }

  private boolean acceptable(Completeness counts, SearchListener listener) {
    if (counts.complete()) {
      return true;
    }
    if (counts.gap() > tolerance) {
      return false;
    }
    String warning =
        counts.describe(report)
            + String.format(
                Locale.ROOT,
                "; accepted: the difference of %,d is within the %,d allowed.",
                counts.gap(),
                tolerance);
    LOG.warn(warning);
    listener.onWarning(warning);
    return true;
  }

  /** Never active, then windows of 10,000 less the ties re-read at each boundary. */
  static int estimate(long totalHits) {
    return 1 + (int) Math.ceil(totalHits / (double) (GroupRead.CAP - 1));
  }
}

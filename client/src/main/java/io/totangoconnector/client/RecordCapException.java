package io.totangoconnector.client;

import java.util.Locale;

/**
 * The query matches more records than Totango serves through one query, so a sync would be silently
 * incomplete. Not retriable: the query has to change.
 */
public class RecordCapException extends ConnectorException {
  private static final long serialVersionUID = 1L;

  private final long totalHits;
  private final long cap;

  public RecordCapException(Report report, long totalHits, long cap) {
    super(
        String.format(
            Locale.ROOT,
            "The query matches %,d %s, but Totango serves at most %,d records per query; narrow"
                + " the query with more filter terms so that it matches at most %,d.",
            totalHits,
            report.path(),
            cap,
            cap));
    this.totalHits = totalHits;
    this.cap = cap;
  }

  /** The number of records the query matches. */
  public long totalHits() {
    return totalHits;
  }

  /** The most records one query can read. */
  public long cap() {
    return cap;
  }
}

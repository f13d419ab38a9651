package io.totangoconnector.client;

/**
 * Totango serves at most 10,000 records through one search query [doc]; past that it answers
 * nothing useful, so a sync would be silently short. The only place that knows the cap, so that
 * reading past it (slicing the query) can replace this check in one edit.
 */
final class RecordCap {
  static final long MAX_RECORDS = 10_000;

  private RecordCap() {}

  /**
   * @throws RecordCapException when {@code totalHits} is more than one query can read
   */
  static void check(Report report, long totalHits) {
    if (totalHits > MAX_RECORDS) {
      throw new RecordCapException(report, totalHits, MAX_RECORDS);
    }
  }
}

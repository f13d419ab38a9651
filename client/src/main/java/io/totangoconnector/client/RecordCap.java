package io.totangoconnector.client;

import io.totangoconnector.client.query.SliceContract;

/**
 * Totango serves at most 10,000 records through one search query [doc]; past that it answers
 * nothing useful, so a sync would be silently short. A query over the cap from its first page on is
 * read in slices ({@link io.totangoconnector.client.slicing}); this check is for a count that grows
 * past the cap while a query is paged.
 */
final class RecordCap {
  static final long MAX_RECORDS = SliceContract.MAX_RECORDS_PER_QUERY;

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

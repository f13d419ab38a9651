package io.totangoconnector.client.slicing;

import io.totangoconnector.client.query.SearchQuery;

/**
 * Where a sliced read gets its pages: one call per page, through the token's rate limiter and
 * retries. Used by one thread at a time.
 */
@FunctionalInterface
public interface PageSource {
  /**
   * The page of {@code query} at {@code offset} with at most {@code count} records.
   *
   * @param end where the caller's read of this query stops at the latest: a source may fetch the
   *     pages before it ahead of time
   * @throws io.totangoconnector.client.ConnectorException when Totango refuses or keeps failing
   */
  SourcePage fetch(SearchQuery query, long offset, int count, long end);
}

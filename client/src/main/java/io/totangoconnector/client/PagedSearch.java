package io.totangoconnector.client;

import io.totangoconnector.client.query.SearchQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads every record of a query exactly once: the offset advances by the hits received, until
 * {@code total_hits} is reached or a page comes back empty.
 */
final class PagedSearch {
  private static final Logger LOG = LoggerFactory.getLogger(PagedSearch.class);

  private final PageFetcher fetcher;
  private final int pageSize;
  private final OverCap overCap;

  PagedSearch(PageFetcher fetcher, int pageSize, OverCap overCap) {
    this.fetcher = fetcher;
    this.pageSize = pageSize;
    this.overCap = overCap;
  }

  /** Reads a query whose first page reported more records than one query can serve. */
  @FunctionalInterface
  interface OverCap {
    SearchStats read(SearchQuery query, long totalHits, SearchCounters counters);
  }

  SearchStats run(
      Report report, SearchQuery query, PageConsumer consumer, SearchListener listener) {
    SearchCounters counters = new SearchCounters();
    PageDecoder decoder = new PageDecoder(report, query);
    long offset = 0;
    while (true) {
      Page page = fetcher.fetch(query, decoder, offset, pageSize, counters, listener);
      counters.decoded(page);
      if (offset == 0) {
        listener.onTotalHits(page.totalHits());
        if (page.totalHits() > RecordCap.MAX_RECORDS) {
          return overCap.read(query, page.totalHits(), counters); // nothing delivered yet
        }
      }
      // The count grew past the cap while paging: a capped result must not become a short table.
      RecordCap.check(report, page.totalHits());
      if (page.hits().isEmpty()) {
        warnIfShort(offset, page.totalHits());
        return counters.toStats();
      }
      consumer.accept(page.hits());
      counters.delivered(page);
      listener.onPage(offset, page.hits().size());
      offset += page.hits().size();
      if (offset >= page.totalHits()) {
        return counters.toStats();
      }
    }
  }

  private static void warnIfShort(long offset, long totalHits) {
    if (offset < totalHits) {
      LOG.warn(
          "Totango returned an empty page at offset {} of {} records; the records changed while"
              + " they were read, so this sync has {} of them.",
          offset,
          totalHits,
          offset);
    }
  }
}

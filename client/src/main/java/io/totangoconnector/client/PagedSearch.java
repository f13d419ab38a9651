package io.totangoconnector.client;

import io.totangoconnector.client.query.SearchQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a query of at most 10,000 records page by page: the offset advances by the hits received,
 * until {@code total_hits} is reached or a page comes back empty (records removed while they are
 * read: logged as a warning). Larger queries go to {@link OverCap}, which checks its counts.
 */
final class PagedSearch {
  private static final Logger LOG = LoggerFactory.getLogger(PagedSearch.class);

  private final PageFetcher fetcher;
  private final int pageSize;
  private final int readAhead;
  private final OverCap overCap;

  PagedSearch(PageFetcher fetcher, int pageSize, int readAhead, OverCap overCap) {
    this.fetcher = fetcher;
    this.pageSize = pageSize;
    this.readAhead = readAhead;
    this.overCap = overCap;
  }

  /** Reads a query whose first page reported more records than one query can serve. */
  @FunctionalInterface
  interface OverCap {
    void read(SearchQuery query, long totalHits, SearchCounters counters, ReadAhead pages);
  }

  SearchStats run(
      Report report, SearchQuery query, PageConsumer consumer, SearchListener listener) {
    SearchCounters counters = new SearchCounters();
    try (ReadAhead pages = new ReadAhead(fetcher::fetch, readAhead, counters, listener)) {
      long overCapTotal = readUnderCap(report, query, consumer, listener, counters, pages);
      if (overCapTotal > 0) {
        // called here, not from the reading loop, whose frame would hold the probe page (1,000
        // records) for the whole sliced read: B8 saw it as the 1M run's extra heap
        overCap.read(query, overCapTotal, counters, pages); // nothing delivered yet
      }
    }
    return counters.toStats();
  }

  /**
   * Reads the query page by page unless its first page reports more records than one query serves.
   *
   * @return 0 when the query was read; else the first page's total_hits, nothing delivered
   */
  private long readUnderCap(
      Report report,
      SearchQuery query,
      PageConsumer consumer,
      SearchListener listener,
      SearchCounters counters,
      ReadAhead pages) {
    PageDecoder decoder = new PageDecoder(report, query);
    long offset = 0;
    long end = 0; // nothing is fetched ahead until the first page tells the query's size
    while (true) {
      Page page = pages.fetch(query, decoder, offset, pageSize, end);
      counters.decoded(page);
      if (offset == 0) {
        listener.onTotalHits(page.totalHits());
        if (page.totalHits() > RecordCap.MAX_RECORDS) {
          return page.totalHits();
        }
        end = page.totalHits();
        pages.ahead(query, decoder, page.hits().size(), pageSize, end);
      }
      // The count grew past the cap while paging: a capped result must not become a short table.
      RecordCap.check(report, page.totalHits());
      if (page.hits().isEmpty()) {
        warnIfShort(offset, page.totalHits());
        return 0;
      }
      consumer.accept(page.hits());
      counters.delivered(page);
      listener.onPage(offset, page.hits().size());
      offset += page.hits().size();
      if (offset >= page.totalHits()) {
        return 0;
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

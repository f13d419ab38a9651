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

  PagedSearch(PageFetcher fetcher, int pageSize) {
    this.fetcher = fetcher;
    this.pageSize = pageSize;
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
      }
      // Before the consumer sees anything: a capped result must not become a short table.
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

package io.totangoconnector.client;

import io.totangoconnector.client.query.SearchQuery;
import io.totangoconnector.client.slicing.SlicedRead;
import io.totangoconnector.client.slicing.SlicedSearch;
import io.totangoconnector.client.slicing.SourcePage;

/**
 * Reads a query over the record cap in slices ({@link io.totangoconnector.client.slicing}),
 * fetching through the same rate limiter, retries and counters as the unsliced search.
 */
final class SlicingOverCap implements PagedSearch.OverCap {
  private final Report report;
  private final ClientConfig config;
  private final PageConsumer consumer;
  private final SearchListener listener;

  SlicingOverCap(
      Report report, ClientConfig config, PageConsumer consumer, SearchListener listener) {
    this.report = report;
    this.config = config;
    this.consumer = consumer;
    this.listener = listener;
  }

  @Override
  public void read(SearchQuery query, long totalHits, SearchCounters counters, ReadAhead pages) {
    // Slices add terms and change the order, never the columns: one decoder serves them all.
    PageDecoder decoder = new PageDecoder(report, query);
    SlicedRead read =
        new SlicedSearch(
                (slice, offset, count, end) -> {
                  Page page = pages.fetch(slice, decoder, offset, count, end);
                  counters.decoded(page);
                  return new SourcePage(page.totalHits(), page.hits());
                },
                report,
                config.pageSize(),
                config.completenessTolerance())
            .run(query, totalHits, consumer, listener);
    counters.sliced(read.totalHits(), read.rows(), read.pages(), read.slices(), read.probeCalls());
  }
}

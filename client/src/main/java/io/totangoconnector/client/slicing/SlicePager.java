package io.totangoconnector.client.slicing;

import io.totangoconnector.client.query.SearchQuery;

/** Fetches one page of a slice query and hands its records on; used by one thread. */
final class SlicePager {
  private final PageSource source;
  private final int pageSize;
  private final Delivery delivery;

  SlicePager(PageSource source, int pageSize, Delivery delivery) {
    this.source = source;
    this.pageSize = pageSize;
    this.delivery = delivery;
  }

  /** The page at {@code offset}, asking for no record at or past {@code end}. */
  SourcePage page(SearchQuery query, long offset, long end) {
    SourcePage page = source.fetch(query, offset, (int) Math.min(pageSize, end - offset), end);
    delivery.deliver(page.hits());
    return page;
  }

  /**
   * The first page of a query, not yet handed on: the caller decides from its count whether the
   * slice can be read at all.
   */
  SourcePage firstPage(SearchQuery query, long end) {
    return source.fetch(query, 0, (int) Math.min(pageSize, end), end);
  }

  void deliver(SourcePage page) {
    delivery.deliver(page.hits());
  }
}

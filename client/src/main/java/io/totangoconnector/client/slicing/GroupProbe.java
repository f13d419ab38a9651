package io.totangoconnector.client.slicing;

/**
 * A group's first page, fetched to learn the group's size and not yet handed on. Handing it on lets
 * the page go: the callers that decide from its count keep this object through the whole group's
 * read, and with the page in it they held 1,000 records the destination was done with (B8 saw them
 * as the 1M run's extra heap).
 */
final class GroupProbe {
  private final long totalHits;
  private SourcePage page;

  GroupProbe(SourcePage page) {
    this.totalHits = page.totalHits();
    this.page = page;
  }

  long totalHits() {
    return totalHits;
  }

  /** Whether the group can be read by id both ways. */
  boolean fits() {
    return totalHits <= 2 * GroupRead.CAP;
  }

  /**
   * Hands the page on through {@code pager}, once.
   *
   * @return the number of records the page had
   */
  int deliverTo(SlicePager pager) {
    SourcePage first = page;
    if (first == null) {
      throw new IllegalStateException("the group's first page was handed on already");
    }
    page = null;
    pager.deliver(first);
    return first.hits().size();
  }
}

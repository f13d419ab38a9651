package io.totangoconnector.client.slicing;

import io.totangoconnector.client.Report;
import io.totangoconnector.client.query.SearchQuery;
import io.totangoconnector.client.query.SliceContract;
import java.util.function.Function;

/**
 * Reads a group of records that no activity window can split (the never-active, or records sharing
 * one activity instant): the first 10,000 by id ascending, then the rest by id descending. The id
 * is unique, so the descending order is the exact reverse of the ascending one, and the first
 * {@code n - 10,000} records of it are exactly those the ascending read could not reach: the two
 * reads are disjoint and cover the group. A group over 20,000 cannot be read this way.
 */
final class GroupRead {
  static final long CAP = SliceContract.MAX_RECORDS_PER_QUERY;

  private final SlicePager pager;
  private final SliceEvents events;
  private final Report report;

  GroupRead(SlicePager pager, SliceEvents events, Report report) {
    this.pager = pager;
    this.events = events;
    this.report = report;
  }

  /**
   * @param byId the group's query by id, descending or not
   * @param range what the group is, for the listener and messages
   * @return the group's total_hits
   * @throws SliceTooLargeException before handing anything on when the group exceeds 20,000
   */
  long read(Function<Boolean, SearchQuery> byId, String range) {
    GroupProbe first = probe(byId);
    if (!first.fits()) {
      throw new SliceTooLargeException(report, first.totalHits(), range, 2 * CAP);
    }
    return readAfter(first, byId, range);
  }

  /** The group's first page by id ascending, not yet handed on: its count decides the rest. */
  GroupProbe probe(Function<Boolean, SearchQuery> byId) {
    return new GroupProbe(pager.firstPage(byId.apply(false), CAP));
  }

  /**
   * Reads a group that {@link GroupProbe#fits} from its {@link #probe}, which it hands on first.
   *
   * @return the group's total_hits
   */
  long readAfter(GroupProbe first, Function<Boolean, SearchQuery> byId, String range) {
    long total = first.totalHits();
    events.started(total, range);
    int delivered = first.deliverTo(pager);
    readFrom(byId.apply(false), delivered, Math.min(total, CAP));
    if (total > CAP) {
      readFrom(byId.apply(true), 0, total - CAP);
    }
    return total;
  }

  /** Pages from {@code offset} up to {@code end}, or until a page comes back empty. */
  private void readFrom(SearchQuery query, long offset, long end) {
    long at = offset;
    while (at < end) {
      int read = pager.page(query, at, end).hits().size(); // no local keeps the page
      if (read == 0) {
        return; // fewer than counted: the completeness check will say so
      }
      at += read;
    }
  }
}

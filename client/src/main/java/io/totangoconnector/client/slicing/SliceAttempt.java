package io.totangoconnector.client.slicing;

import io.totangoconnector.client.Report;
import io.totangoconnector.client.query.SearchQuery;

/** One complete pass over the slices: the never-active group, then the activity windows. */
final class SliceAttempt {
  private final Delivery delivery;
  private final NeverActiveGroup neverActive;
  private final ActivityWindows windows;

  SliceAttempt(
      SearchQuery query,
      Report report,
      PageSource source,
      int pageSize,
      Delivery delivery,
      SliceEvents events) {
    SliceQueries queries = new SliceQueries(query);
    this.delivery = delivery;
    SlicePager pager = new SlicePager(source, pageSize, delivery);
    GroupRead groups = new GroupRead(pager, events, report);
    this.neverActive = new NeverActiveGroup(queries, groups, events, report);
    this.windows = new ActivityWindows(queries, pager, events, groups);
  }

  /**
   * @param reported the unsliced query's total_hits at the start of this attempt
   */
  Completeness run(long reported) {
    NeverActiveGroup.Count never = neverActive.read();
    long everActive = windows.readAll();
    KeyLedger ledger = delivery.ledger();
    return new Completeness(
        reported,
        never.total() + everActive,
        ledger.seenThisAttempt(),
        ledger.delivered(),
        Math.abs(never.parts() - never.total()));
  }
}

package io.totangoconnector.client.slicing;

import io.totangoconnector.client.Report;
import io.totangoconnector.client.query.SearchQuery;
import java.util.function.Function;

/**
 * Reads the never-active records: by id both ways when they fit in 20,000; never-active users over
 * that are split further by their account's activity ({@link AccountActivitySplit}). Never-active
 * accounts over 20,000 fail: nothing left in the contract tells them apart. Used by one thread.
 */
final class NeverActiveGroup {
  static final String RANGE = "no activity (never active)";

  private final SliceQueries queries;
  private final GroupRead groups;
  private final SliceEvents events;
  private final Report report;
  private final AccountActivitySplit split;

  NeverActiveGroup(SliceQueries queries, GroupRead groups, SliceEvents events, Report report) {
    this.queries = queries;
    this.groups = groups;
    this.events = events;
    this.report = report;
    this.split = new AccountActivitySplit(queries, groups, events, report);
  }

  /**
   * What the group's query counted, and what the parts it was read in counted: the same number
   * unless records changed (or a user's account matched no part) while it was read.
   */
  record Count(long total, long parts) {}

  /**
   * @throws SliceTooLargeException when the group (or a part of it) cannot be read
   */
  Count read() {
    Function<Boolean, SearchQuery> byId = queries::neverActive;
    GroupProbe first = groups.probe(byId);
    long total = first.totalHits();
    if (first.fits()) {
      return new Count(total, groups.readAfter(first, byId, RANGE));
    }
    if (report != Report.USERS) {
      throw new SliceTooLargeException(report, total, RANGE, 2 * GroupRead.CAP);
    }
    events.probed(); // the group's first page: the parts read its records again
    return new Count(total, split.readAll());
  }
}

package io.totangoconnector.client.slicing;

import io.totangoconnector.client.Report;
import io.totangoconnector.client.query.SearchQuery;
import io.totangoconnector.client.query.SliceContract;
import java.util.function.Function;

/**
 * Reads the never-active users in parts by their account's activity: the users whose account was
 * never active, then ranges [A, B) of account activity found by bisection, each read by id both
 * ways ({@link GroupRead}) once its count (its first page, which the read keeps) is 20,000 or less.
 * A range over that is halved; its first page is a probe. A range of one millisecond cannot be
 * halved and fails. Used by one thread.
 */
final class AccountActivitySplit {
  /**
   * Where the bisection starts: [1, 2^41) ends in September 2039, so its halves fall on activity
   * that exists; [2^41, 2^53) is read (or split) after it, usually in one empty call. 2^53 is the
   * largest whole number a JSON parser that reads numbers as doubles keeps exact.
   */
  static final long TOP = 1L << 41;

  static final long END = 1L << 53;

  private final SliceQueries queries;
  private final GroupRead groups;
  private final SliceEvents events;
  private final Report report;

  AccountActivitySplit(SliceQueries queries, GroupRead groups, SliceEvents events, Report report) {
    this.queries = queries;
    this.groups = groups;
    this.events = events;
    this.report = report;
  }

  /**
   * @return the sum of the parts' total_hits
   * @throws SliceTooLargeException when the users of never-active accounts, or of accounts last
   *     active at one instant, are more than 20,000
   */
  long readAll() {
    String never = NeverActiveGroup.RANGE + " and account never active";
    Function<Boolean, SearchQuery> byId =
        desc -> queries.neverActiveWith(SliceContract.accountNeverActive(), desc);
    GroupProbe first = groups.probe(byId);
    if (!first.fits()) {
      throw new SliceTooLargeException(report, first.totalHits(), never, 2 * GroupRead.CAP);
    }
    return part(first, byId, never) + bisect(1, TOP) + bisect(TOP, END);
  }

  private long bisect(long from, long before) {
    Function<Boolean, SearchQuery> byId =
        desc -> queries.neverActiveWith(SliceContract.accountActiveWithin(from, before), desc);
    GroupProbe first = groups.probe(byId);
    if (first.fits()) {
      return part(first, byId, range(from, before));
    }
    if (before - from <= 1) {
      throw new SliceTooLargeException(
          report,
          first.totalHits(),
          NeverActiveGroup.RANGE + " and account last active at " + ActivityWindows.at(from),
          2 * GroupRead.CAP);
    }
    events.probed(); // the halves read its records again
    long middle = from + (before - from) / 2;
    return bisect(from, middle) + bisect(middle, before);
  }

  /** An empty part's only call read nothing: it counts as a probe, not a slice. */
  private long part(GroupProbe first, Function<Boolean, SearchQuery> byId, String range) {
    if (first.totalHits() == 0) {
      events.probed();
      return 0;
    }
    return groups.readAfter(first, byId, range);
  }

  private static String range(long from, long before) {
    return NeverActiveGroup.RANGE
        + " and account last active from "
        + ActivityWindows.at(from)
        + " before "
        + ActivityWindows.at(before);
  }
}

package io.totangoconnector.client.slicing;

import io.totangoconnector.client.Hit;
import io.totangoconnector.client.query.SearchQuery;
import java.time.Instant;
import java.util.List;

/**
 * Reads every record that was ever active, in windows that each start where the last one ended:
 * "active from A", oldest first, read up to the cap; the next window starts at the activity of the
 * last record read, so the records at that instant are read again (and handed on once). A page
 * whose records all share one instant announces a crowd there: that instant is read as a group by
 * id ({@link GroupRead}) and the next window starts just after it. Used by one thread.
 */
final class ActivityWindows {
  private static final long CAP = GroupRead.CAP;

  private final SliceQueries queries;
  private final SlicePager pager;
  private final SliceEvents events;
  private final GroupRead groups;

  ActivityWindows(SliceQueries queries, SlicePager pager, SliceEvents events, GroupRead groups) {
    this.queries = queries;
    this.pager = pager;
    this.events = events;
    this.groups = groups;
  }

  /**
   * @return the total_hits of the first window: the number of records ever active
   */
  long readAll() {
    WindowEnd end = window(null);
    long everActive = end.firstTotal();
    Long previous = null; // each window must start later than the one before, or it would repeat
    while (!end.exhausted()) {
      Long from = end.next();
      if (end.crowded()) {
        long instant = end.next();
        groups.read(desc -> queries.activeAt(instant, desc), "last activity at " + at(instant));
        from = instant + 1;
      }
      if (previous != null && from <= previous) {
        throw new SlicingContractException(
            "Totango did not sort the records by last_activity_time as asked, so the query cannot"
                + " be read in slices; add a filter that keeps it under 10,000 records.");
      }
      previous = from;
      end = window(from);
    }
    return everActive;
  }

  /** Where a window stopped: at its end, before a crowded instant, or at the cap. */
  private record WindowEnd(long firstTotal, boolean exhausted, boolean crowded, long next) {}

  private WindowEnd window(Long from) {
    SearchQuery query = queries.activeFrom(from);
    long offset = 0;
    long total = 0;
    long firstTime = 0;
    long lastTime = 0;
    while (offset < CAP) {
      SourcePage page = pager.page(query, offset, CAP);
      List<Hit> hits = page.hits();
      if (offset == 0) {
        total = page.totalHits();
        events.started(total, from == null ? "ever active" : "last activity from " + at(from));
      }
      if (hits.isEmpty()) {
        return new WindowEnd(total, true, false, 0);
      }
      long pageFirst = activity(hits.get(0));
      lastTime = activity(hits.get(hits.size() - 1));
      firstTime = offset == 0 ? pageFirst : firstTime;
      offset += hits.size();
      if (offset >= page.totalHits()) {
        return new WindowEnd(total, true, false, 0);
      }
      if (hits.size() > 1 && pageFirst == lastTime) {
        events.probed(); // the page that found the crowd: the group reads all of it again
        return new WindowEnd(total, false, true, lastTime);
      }
    }
    return new WindowEnd(total, false, firstTime == lastTime, lastTime);
  }

  private static long activity(Hit hit) {
    if (hit.lastActivityTime() == null) {
      throw new SlicingContractException(
          "Totango returned a record without last_activity_time ("
              + hit.id()
              + ") to a query for records active after a date, so the query cannot be read in"
              + " slices.");
    }
    return hit.lastActivityTime();
  }

  static String at(long epochMillis) {
    return Instant.ofEpochMilli(epochMillis).toString();
  }
}

package io.totangoconnector.client;

import java.time.Duration;

/** The running tally of one search; used by one thread only. */
final class SearchCounters {
  private long totalHits;
  private long rows;
  private int pages;
  private int calls;
  private int retries;
  private int http429s;
  private Duration rateLimitWaited = Duration.ZERO;
  private long decodeMismatches;
  private int slices = 1;
  private int probeCalls;

  void call(Duration rateLimitWait) {
    calls++;
    rateLimitWaited = rateLimitWaited.plus(rateLimitWait);
  }

  void retry() {
    retries++;
  }

  void http429() {
    http429s++;
  }

  /** A page was decoded (delivered or not): its total and mismatches count. */
  void decoded(Page page) {
    totalHits = page.totalHits();
    decodeMismatches += page.decodeMismatches();
  }

  void delivered(Page page) {
    pages++;
    rows += page.hits().size();
  }

  /** A sliced read replaces the counts of the pages it delivered and the total it checked. */
  void sliced(long totalHits, long rows, int pages, int slices, int probeCalls) {
    this.totalHits = totalHits;
    this.rows = rows;
    this.pages = pages;
    this.slices = slices;
    this.probeCalls = probeCalls;
  }

  SearchStats toStats() {
    return new SearchStats(
        totalHits,
        rows,
        pages,
        calls,
        retries,
        http429s,
        rateLimitWaited,
        decodeMismatches,
        slices,
        probeCalls);
  }
}

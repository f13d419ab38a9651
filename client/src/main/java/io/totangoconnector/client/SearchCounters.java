package io.totangoconnector.client;

import java.time.Duration;

/** The running tally of one search; thread-safe, as pages may be fetched ahead on other threads. */
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

  synchronized void call(Duration rateLimitWait) {
    calls++;
    rateLimitWaited = rateLimitWaited.plus(rateLimitWait);
  }

  synchronized void retry() {
    retries++;
  }

  synchronized void http429() {
    http429s++;
  }

  /** A page was decoded (delivered or not): its total and mismatches count. */
  synchronized void decoded(Page page) {
    totalHits = page.totalHits();
    decodeMismatches += page.decodeMismatches();
  }

  synchronized void delivered(Page page) {
    pages++;
    rows += page.hits().size();
  }

  /** A sliced read replaces the counts of the pages it delivered and the total it checked. */
  synchronized void sliced(long totalHits, long rows, int pages, int slices, int probeCalls) {
    this.totalHits = totalHits;
    this.rows = rows;
    this.pages = pages;
    this.slices = slices;
    this.probeCalls = probeCalls;
  }

  /** Calls whose records were not used: fetched ahead past where a read stopped. */
  synchronized void probes(int calls) {
    probeCalls += calls;
  }

  synchronized SearchStats toStats() {
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

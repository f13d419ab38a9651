package io.totangoconnector.client;

import java.util.List;

/**
 * One decoded reply.
 *
 * @param totalHits the number of records the query matches, not the page's
 * @param hits the page's records, in order
 * @param decodeMismatches values that did not fit their column's kind and became null
 */
record Page(long totalHits, List<Hit> hits, int decodeMismatches) {
  Page {
    hits = List.copyOf(hits);
  }
}

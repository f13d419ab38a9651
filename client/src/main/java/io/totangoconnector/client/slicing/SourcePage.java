package io.totangoconnector.client.slicing;

import io.totangoconnector.client.Hit;
import java.util.List;

/**
 * One page of a slice query.
 *
 * @param totalHits the number of records the query matches, not the page's
 * @param hits the page's records, in order
 */
public record SourcePage(long totalHits, List<Hit> hits) {
  public SourcePage {
    hits = List.copyOf(hits);
  }
}

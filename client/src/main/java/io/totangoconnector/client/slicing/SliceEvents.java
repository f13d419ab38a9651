package io.totangoconnector.client.slicing;

import io.totangoconnector.client.SearchListener;

/** Numbers the slices as they start and tells the listener; used by one thread. */
final class SliceEvents {
  private final SearchListener listener;
  private int slices;
  private int estimate;

  SliceEvents(SearchListener listener) {
    this.listener = listener;
  }

  void planned(int estimate, String description) {
    this.estimate = estimate;
    listener.onSlicePlanned(estimate, description);
  }

  /** A slice query reported {@code hits} records for {@code range}. */
  void started(long hits, String range) {
    slices++;
    estimate = Math.max(estimate, slices);
    listener.onSlice(slices, estimate, hits, range);
  }

  int slices() {
    return slices;
  }
}

package io.totangoconnector.client.slicing;

import io.totangoconnector.client.SearchListener;

/** Numbers the slices as they start, tells the listener, and counts probes; one thread. */
final class SliceEvents {
  private final SearchListener listener;
  private int slices;
  private int estimate;
  private int probes;

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

  /** A call was spent to learn where to split; its records are read again by a slice. */
  void probed() {
    probes++;
  }

  int slices() {
    return slices;
  }

  int probes() {
    return probes;
  }
}

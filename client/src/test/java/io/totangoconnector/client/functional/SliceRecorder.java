package io.totangoconnector.client.functional;

import io.totangoconnector.client.SearchListener;
import java.util.ArrayList;
import java.util.List;

/** Records the slice events and warnings of a search. */
class SliceRecorder implements SearchListener {
  final List<String> ranges = new ArrayList<>();
  final List<Long> hits = new ArrayList<>();
  final List<String> warnings = new ArrayList<>();
  int planned;

  @Override
  public void onSlicePlanned(int slices, String description) {
    planned = slices;
  }

  @Override
  public void onSlice(int index, int of, long sliceHits, String range) {
    ranges.add(range);
    hits.add(sliceHits);
  }

  @Override
  public void onWarning(String message) {
    warnings.add(message);
  }
}

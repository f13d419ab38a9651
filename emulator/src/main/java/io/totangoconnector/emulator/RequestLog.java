package io.totangoconnector.emulator;

import java.util.ArrayDeque;
import java.util.List;

/** The last calls received (at most {@link #CAPACITY}, oldest dropped first). Thread-safe. */
final class RequestLog {
  static final int CAPACITY = 100_000;
  private final ArrayDeque<RecordedRequest> entries = new ArrayDeque<>();

  synchronized void add(RecordedRequest request) {
    if (entries.size() == CAPACITY) {
      entries.removeFirst();
    }
    entries.addLast(request);
  }

  synchronized List<RecordedRequest> snapshot() {
    return entries.stream()
        .sorted(java.util.Comparator.comparingInt(RecordedRequest::callNumber))
        .toList();
  }
}

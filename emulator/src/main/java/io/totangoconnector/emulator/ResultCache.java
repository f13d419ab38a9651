package io.totangoconnector.emulator;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The sorted slots of the last few distinct queries, so that paging through a big result does not
 * filter and sort again per page. Keys carry the data version, so mutations invalidate.
 * Thread-safe; two threads may compute the same entry once each.
 */
final class ResultCache {
  private final Map<String, int[]> entries;

  ResultCache(int capacity) {
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, int[]> eldest) {
            return size() > capacity;
          }
        };
  }

  int[] get(String key, Supplier<int[]> compute) {
    synchronized (entries) {
      int[] hit = entries.get(key);
      if (hit != null) {
        return hit;
      }
    }
    int[] value = compute.get();
    synchronized (entries) {
      entries.put(key, value);
    }
    return value;
  }
}

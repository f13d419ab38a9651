package io.totangoconnector.client.slicing;

/**
 * A set of {@code long}s in one array (open addressing): 16 bytes or less per value where a {@code
 * HashSet<String>} of record ids takes about 100. Not thread-safe.
 */
final class LongHashSet {
  private static final long EMPTY = 0;

  private long[] slots = new long[1024];
  private int size;

  /** Adds {@code value}; returns false when it was there already. */
  boolean add(long value) {
    long v = value == EMPTY ? 1 : value; // 0 marks a free slot; 0 and 1 share a place
    if ((size + 1) * 2L > slots.length) {
      grow();
    }
    int i = place(slots, v);
    if (slots[i] == v) {
      return false;
    }
    slots[i] = v;
    size++;
    return true;
  }

  int size() {
    return size;
  }

  /** The slot holding {@code v}, or the free slot where it belongs. */
  private static int place(long[] table, long v) {
    int mask = table.length - 1;
    int i = (int) (v ^ (v >>> 32)) & mask;
    while (table[i] != EMPTY && table[i] != v) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private void grow() {
    long[] bigger = new long[slots.length * 2];
    for (long v : slots) {
      if (v != EMPTY) {
        bigger[place(bigger, v)] = v;
      }
    }
    slots = bigger;
  }
}

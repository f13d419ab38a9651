package io.totangoconnector.emulator;

import java.util.BitSet;

/** Seeded permutations, to pick exactly k records out of n without index patterns. */
final class Shuffle {
  private Shuffle() {}

  /** A permutation of 0..n-1 (Fisher-Yates). */
  static int[] of(int n, Rng r) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return order;
  }

  /** The set of the values at positions from (inclusive) to to (exclusive) of an order. */
  static BitSet bits(int[] order, int from, int to) {
    BitSet bits = new BitSet();
    for (int i = from; i < to; i++) {
      bits.set(order[i]);
    }
    return bits;
  }
}

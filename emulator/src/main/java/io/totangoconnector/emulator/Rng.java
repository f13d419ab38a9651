package io.totangoconnector.emulator;

import java.util.List;

/** A tiny SplitMix64 stream: the same seed gives the same values on every JVM. Not shared. */
final class Rng {
  private long state;

  Rng(long seed) {
    this.state = seed;
  }

  /** A seed derived from a data seed, a salt naming the use, and an index. */
  static long seed(long seed, long salt, long index) {
    return mix(mix(seed * 0x9E3779B97F4A7C15L + salt) ^ index);
  }

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  long nextLong() {
    state += 0x9E3779B97F4A7C15L;
    return mix(state);
  }

  double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  int nextInt(int bound) {
    return (int) ((nextLong() >>> 1) % bound);
  }

  boolean chance(double p) {
    return nextDouble() < p;
  }

  <T> T pick(List<T> items) {
    return items.get(nextInt(items.size()));
  }

  <T> T pick(T[] items) {
    return items[nextInt(items.length)];
  }

  /** Picks by weights (need not sum to 1). */
  int weighted(double... weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double u = nextDouble() * total;
    for (int i = 0; i < weights.length - 1; i++) {
      u -= weights[i];
      if (u < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }
}

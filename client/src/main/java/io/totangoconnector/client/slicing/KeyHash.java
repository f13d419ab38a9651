package io.totangoconnector.client.slicing;

/** A 64-bit hash of a record key: FNV-1a over its characters, then a SplitMix64 finish. */
final class KeyHash {
  private KeyHash() {}

  static long of(String key) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < key.length(); i++) {
      h ^= key.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 30;
    h *= 0xbf58476d1ce4e5b9L;
    h ^= h >>> 27;
    h *= 0x94d049bb133111ebL;
    return h ^ (h >>> 31);
  }
}

package io.totangoconnector.client;

import java.util.Arrays;

/**
 * Hands out one String for each short text that repeats across the hits of a page: roles, statuses,
 * health, account names, owners. A page holds a thousand records whose categorical values are
 * mostly repeats, and every page waiting for the destination is held whole, so repeats are most of
 * what memory holds. A direct-mapped cache: a collision only costs a new String. One instance per
 * decoder; not thread-safe.
 */
final class RepeatedText {
  /** Longer texts are ids, e-mails and free text, which rarely repeat. */
  static final int MAX_LENGTH = 160;

  private static final int SLOTS = 1024;

  private final String[] slots = new String[SLOTS];

  /**
   * Each slot's text as characters, compared as arrays (an intrinsic): comparing a String's
   * characters one by one drew a quarter of the decoder's profile samples.
   */
  private final char[][] keys = new char[SLOTS][];

  /**
   * Each slot's hash: most texts that miss differ in it, so their characters are never compared.
   */
  private final int[] hashes = new int[SLOTS];

  /** The text of {@code chars[offset, offset + length)}, as a String seen before if it is one. */
  String of(char[] chars, int offset, int length) {
    if (length > MAX_LENGTH) {
      return new String(chars, offset, length);
    }
    int hash = hash(chars, offset, offset + length);
    int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
    char[] key = keys[slot];
    if (key != null
        && hashes[slot] == hash
        && Arrays.equals(key, 0, key.length, chars, offset, offset + length)) {
      return slots[slot];
    }
    key = Arrays.copyOfRange(chars, offset, offset + length);
    String text = new String(key);
    slots[slot] = text;
    keys[slot] = key;
    hashes[slot] = hash;
    return text;
  }

  private static int hash(char[] chars, int from, int to) {
    int hash = 0;
    for (int i = from; i < to; i++) {
      hash = 31 * hash + chars[i];
    }
    return hash;
  }
}

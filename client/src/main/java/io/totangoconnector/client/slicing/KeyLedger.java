package io.totangoconnector.client.slicing;

import java.util.HashMap;
import java.util.Map;

/**
 * The keys of the records a sliced read has seen, and in which attempt each was last seen, so that
 * a retried attempt counts its own distinct records while handing on only records never handed on
 * before (a consumer cannot un-write). Holds keys, never rows: about 100 bytes per key (a HashMap
 * node, a boxed small integer shared by all, the key string), so 120,000 users take about 12 MB and
 * 1,000,000 about 100 MB. Used by one thread.
 */
final class KeyLedger {
  private final Map<String, Integer> attemptOfKey = new HashMap<>();
  private int attempt = 1;
  private long seenThisAttempt;

  /** Starts counting a new attempt's distinct records from zero. */
  void nextAttempt() {
    attempt++;
    seenThisAttempt = 0;
  }

  /**
   * Records that the current attempt saw {@code key}.
   *
   * @return true when no attempt has seen it before, so the record should be handed on
   */
  boolean see(String key) {
    Integer before = attemptOfKey.put(key, attempt);
    if (before == null || before != attempt) {
      seenThisAttempt++;
    }
    return before == null;
  }

  /** Distinct records seen by the current attempt. */
  long seenThisAttempt() {
    return seenThisAttempt;
  }

  /** Distinct records handed on by all attempts. */
  long delivered() {
    return attemptOfKey.size();
  }
}

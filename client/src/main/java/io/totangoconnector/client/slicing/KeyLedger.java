package io.totangoconnector.client.slicing;

/**
 * The keys of the records a sliced read has seen, so that a retried attempt counts its own distinct
 * records while handing on only records never handed on before (a consumer cannot un-write). Holds
 * a 64-bit hash per key, not the key: about 16 bytes a record, so 1,000,000 users take about 16 MB
 * (32 MB during a second attempt). Two ids with one hash would make one record look seen; the
 * completeness check then finds a record missing and fails the run, so a collision can never pass
 * silently (and at 1,000,000 records its odds are about 1 in 30 million). Used by one thread.
 */
final class KeyLedger {
  private final LongHashSet delivered = new LongHashSet();
  private LongHashSet seenThisAttempt;

  /** Starts counting a new attempt's distinct records from zero. */
  void nextAttempt() {
    seenThisAttempt = new LongHashSet();
  }

  /**
   * Records that the current attempt saw {@code key}.
   *
   * @return true when no attempt has seen it before, so the record should be handed on
   */
  boolean see(String key) {
    long hash = KeyHash.of(key);
    if (seenThisAttempt != null) {
      seenThisAttempt.add(hash);
    }
    return delivered.add(hash);
  }

  /** Distinct records seen by the current attempt. */
  long seenThisAttempt() {
    return seenThisAttempt == null ? delivered.size() : seenThisAttempt.size();
  }

  /** Distinct records handed on by all attempts. */
  long delivered() {
    return delivered.size();
  }
}

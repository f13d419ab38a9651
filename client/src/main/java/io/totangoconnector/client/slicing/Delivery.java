package io.totangoconnector.client.slicing;

import io.totangoconnector.client.Hit;
import io.totangoconnector.client.PageConsumer;
import io.totangoconnector.client.SearchListener;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Hands each record on once: a record read again (slices that overlap at a boundary, a record that
 * moved while it was read, a retried attempt) is counted but not handed on. Used by one thread.
 */
final class Delivery {
  private final PageConsumer consumer;
  private final SearchListener listener;
  private final KeyLedger ledger = new KeyLedger();
  private long rows;
  private int pages;

  Delivery(PageConsumer consumer, SearchListener listener) {
    this.consumer = consumer;
    this.listener = listener;
  }

  void deliver(List<Hit> hits) {
    List<Hit> fresh = new ArrayList<>(hits.size());
    for (Hit hit : hits) {
      if (ledger.see(key(hit))) {
        fresh.add(hit);
      }
    }
    if (!fresh.isEmpty()) {
      consumer.accept(Collections.unmodifiableList(fresh));
      pages++;
      listener.onPage(rows, fresh.size());
      rows += fresh.size();
    }
  }

  /** An account by its id; a user by its id within its account. */
  static String key(Hit hit) {
    return hit.accountId() == null ? hit.id() : hit.id() + '\n' + hit.accountId();
  }

  KeyLedger ledger() {
    return ledger;
  }

  long rows() {
    return rows;
  }

  int pages() {
    return pages;
  }
}

package io.totangoconnector.client.slicing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeyLedgerTest {
  @Test
  void aKeySeenAgainInTheSameAttemptCountsOnce() {
    KeyLedger ledger = new KeyLedger();

    assertThat(ledger.see("a")).isTrue();
    assertThat(ledger.see("a")).isFalse();

    assertThat(ledger.seenThisAttempt()).isEqualTo(1);
    assertThat(ledger.delivered()).isEqualTo(1);
  }

  @Test
  void aRetryCountsItsOwnRecordsButHandsOnOnlyNewOnes() {
    KeyLedger ledger = new KeyLedger();
    ledger.see("a");
    ledger.see("gone");
    ledger.nextAttempt();

    assertThat(ledger.see("a")).isFalse();
    assertThat(ledger.see("new")).isTrue();
    assertThat(ledger.see("new")).isFalse();

    assertThat(ledger.seenThisAttempt()).isEqualTo(2);
    assertThat(ledger.delivered()).isEqualTo(3);
  }

  @Test
  void aMillionDistinctIdsAreAMillionRecords() {
    KeyLedger ledger = new KeyLedger();
    for (int i = 0; i < 1_000_000; i++) {
      ledger.see("user-" + i + "@example.com|acc-" + (i % 997));
    }
    assertThat(ledger.delivered()).isEqualTo(1_000_000);
    assertThat(ledger.seenThisAttempt()).isEqualTo(1_000_000);
  }
}

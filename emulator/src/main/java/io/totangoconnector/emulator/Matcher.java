package io.totangoconnector.emulator;

/** A compiled filter term. Used by one search thread at a time. */
interface Matcher {
  /**
   * Whether the record matches.
   *
   * @param accountSlot the account's own slot, or the slot of the user's account
   */
  boolean matches(Subject subject, int accountSlot);
}

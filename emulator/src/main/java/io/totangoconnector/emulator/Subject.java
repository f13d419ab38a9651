package io.totangoconnector.emulator;

import java.util.Map;

/** What accounts and users have in common: the things a search can filter, sort and return. */
public sealed interface Subject permits AccountRecord, UserRecord {
  /** The record id ({@code name} in a hit): the account id, or the user id (an email). */
  String id();

  /** The record's display name. */
  String displayName();

  /** Epoch milliseconds of the last activity, or null when never active. */
  Long lastActivityTime();

  /**
   * Custom attributes by display name: String, Number (numbers and epoch-ms dates) or List of
   * String values; an absent key reads as null.
   */
  Map<String, Object> attributes();
}

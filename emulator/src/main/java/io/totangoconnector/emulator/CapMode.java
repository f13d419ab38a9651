package io.totangoconnector.emulator;

/** What the emulator answers for a page at or past the 10,000-record cap of one query. */
public enum CapMode {
  /** The silent case: an empty {@code hits} page while {@code total_hits} still counts all. */
  EMPTY,
  /** A 400 {@code {"status":"failed","_error":...}} naming the cap. */
  ERROR
}

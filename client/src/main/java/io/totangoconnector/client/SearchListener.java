package io.totangoconnector.client;

import java.time.Duration;

/**
 * Progress of one search, for progress bars and logs. Every method defaults to doing nothing;
 * implementations should return quickly. {@link #onRateLimitWait} and {@link #onRetry} may also be
 * called from the threads that fetch pages ahead, so implementations must be thread-safe; the
 * others are called on the thread that runs the search.
 */
public interface SearchListener {
  /** A listener that ignores everything. */
  SearchListener NONE = new SearchListener() {};

  /** The first page told how many records match; called once per search. */
  default void onTotalHits(long totalHits) {}

  /**
   * The consumer accepted the page that starts at {@code offset} and holds {@code hits} records.
   */
  default void onPage(long offset, int hits) {}

  /** The call is held back this long to stay within the token's rate limit. */
  default void onRateLimitWait(Duration wait) {}

  /**
   * Attempt {@code attempt} (1-based) failed for {@code reason}; the next one starts after {@code
   * delay}.
   */
  default void onRetry(int attempt, String reason, Duration delay) {}

  /**
   * The query matches more records than one query serves, so it is read in slices: about {@code
   * slices} of them (an estimate that later slices may exceed), as {@code description} says.
   */
  default void onSlicePlanned(int slices, String description) {}

  /**
   * Slice {@code index} (1-based, of about {@code of}) starts; its query reported {@code hits}
   * records; {@code range} says which (for example a span of last activity).
   */
  default void onSlice(int index, int of, long hits, String range) {}

  /** Something the user should know although the search goes on (e.g. a tolerated shortfall). */
  default void onWarning(String message) {}
}

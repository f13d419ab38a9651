package io.totangoconnector.client;

import java.util.List;

/**
 * Receives the records of a search, one call per page, only after the whole page decoded without
 * error; pages arrive in order and each record exactly once. Called on the searching thread. An
 * exception thrown here ends the search and is rethrown to the caller unchanged.
 */
@FunctionalInterface
public interface PageConsumer {
  /**
   * @param hits the page's records, never empty; the list may not be modified
   */
  void accept(List<Hit> hits);
}

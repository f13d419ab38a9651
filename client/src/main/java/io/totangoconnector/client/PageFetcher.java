package io.totangoconnector.client;

import io.totangoconnector.client.query.SearchQuery;
import java.time.Duration;

/**
 * Fetches one page the polite way: through the token's rate limiter, retrying what is transient.
 */
final class PageFetcher {
  private final SearchExchange exchange;
  private final SlidingWindowLimiter limiter;
  private final RetryingCaller retrying;
  private final Sleeper sleeper;

  PageFetcher(
      SearchExchange exchange,
      SlidingWindowLimiter limiter,
      RetryingCaller retrying,
      Sleeper sleeper) {
    this.exchange = exchange;
    this.limiter = limiter;
    this.retrying = retrying;
    this.sleeper = sleeper;
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  Page fetch(
      SearchQuery query,
      PageDecoder decoder,
      long offset,
      int count,
      SearchCounters counters,
      SearchListener listener) {
    return retrying.call(
        exchange.endpoint().label(),
        () -> {
          Duration waited = limiter.acquire(sleeper, listener);
          counters.call(waited);
          try {
            return exchange.fetch(query, decoder, offset, count);
          } catch (RateLimitedException e) {
            // the cap keeps a wild reset from holding the token's later runs back too
            limiter.holdFor(min(e.serverWait(), RetryingCaller.MAX_SERVER_WAIT));
            throw e;
          } finally {
            limiter.release();
          }
        },
        counters,
        listener);
  }
}

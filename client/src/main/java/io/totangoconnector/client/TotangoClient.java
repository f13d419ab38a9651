package io.totangoconnector.client;

import io.totangoconnector.client.query.SearchQuery;
import java.net.http.HttpClient;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Reads search results from Totango's API: pages through a query, within the token's rate limit
 * (shared with every other client in this process that uses the same token and host), retrying
 * transient failures. Thread-safe: several searches may run at once, each on its caller's thread.
 */
public final class TotangoClient implements AutoCloseable {
  private final ClientConfig config;
  private final HttpClient http;
  private final SlidingWindowLimiter limiter;
  private final RetryingCaller retrying;
  private final ScheduledExecutorService bodyTimers;

  public TotangoClient(ClientConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    // HTTP/1.1: the JDK would otherwise try an h2c upgrade on plain-http hosts such as the
    // emulator.
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(config.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    this.limiter = SharedRateLimiters.forConfig(config);
    this.retrying = new RetryingCaller(config);
    this.bodyTimers =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "totango-body-deadline");
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * Reads every record the query matches, handing each page to {@code consumer} in order.
   *
   * @param listener told of progress; may be null
   * @return what the search did
   *     <p>A query that matches more than the 10,000 records one query serves is read in slices
   *     (see {@link io.totangoconnector.client.slicing}); its pages then arrive slice by slice, not
   *     in the query's order, each record still exactly once.
   * @throws RecordCapException when the number of matches grows past 10,000 while an unsliced query
   *     is paged
   * @throws io.totangoconnector.client.slicing.IncompleteReadException when a sliced read cannot
   *     show that it read every record once, even after one retry
   * @throws AuthenticationException when Totango refuses the token
   * @throws TotangoApiException when Totango rejects the query or keeps failing
   */
  public SearchStats search(
      Report report, SearchQuery query, PageConsumer consumer, SearchListener listener) {
    Objects.requireNonNull(consumer, "consumer");
    SearchListener events = orNone(listener);
    PageFetcher fetcher = fetcher(report);
    SlicingOverCap slicing = new SlicingOverCap(report, config, consumer, events);
    return new PagedSearch(fetcher, config.pageSize(), config.readAhead(), slicing)
        .run(report, Objects.requireNonNull(query, "query"), consumer, events);
  }

  /**
   * Tests the token and that Totango is reachable with one call for one record (rate-limited and
   * retried like any other).
   *
   * @return the number of records the query matches
   * @throws AuthenticationException when Totango refuses the token
   */
  public long probe(Report report, SearchQuery query) {
    PageDecoder decoder = new PageDecoder(report, Objects.requireNonNull(query, "query"));
    return fetcher(report)
        .fetch(query, decoder, 0, 1, new SearchCounters(), SearchListener.NONE)
        .totalHits();
  }

  private PageFetcher fetcher(Report report) {
    Endpoint endpoint =
        new Endpoint(config.baseUrl(), Objects.requireNonNull(report, "report"), config.appToken());
    return new PageFetcher(
        new SearchExchange(http, endpoint, config, bodyTimers),
        limiter,
        retrying,
        config.sleeper());
  }

  private static SearchListener orNone(SearchListener listener) {
    return listener == null ? SearchListener.NONE : listener;
  }

  /**
   * Stops the timer thread that guards reply bodies; searches running at that moment lose that
   * guard. The JDK 17 HttpClient frees its own threads once it is no longer referenced.
   */
  @Override
  public void close() {
    bodyTimers.shutdownNow();
  }
}

package io.totangoconnector.client;

import io.totangoconnector.client.query.SearchQuery;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

/**
 * Fetches the next pages of a read while the caller handles the current one, so that a slow reply
 * does not leave the rate budget unused: with replies taking 2 s and a call allowed every 0.6 s,
 * one page at a time would use a third of the budget. Every call still goes through the token's
 * rate limiter. Pages are still asked for, and handed on, one at a time and in order; at most
 * {@code depth} are fetched ahead, and those of a query the caller has moved on from are dropped,
 * so memory stays flat. Used by one searching thread.
 */
final class ReadAhead implements AutoCloseable {
  private final Fetch fetcher;
  private final int depth;
  private final SearchCounters counters;
  private final SearchListener listener;
  private final ExecutorService threads;
  private final Map<Ahead, Future<Page>> pending = new HashMap<>();
  private String current;

  /** How one page is fetched: {@link PageFetcher#fetch}. */
  @FunctionalInterface
  interface Fetch {
    Page fetch(
        SearchQuery query,
        PageDecoder decoder,
        long offset,
        int count,
        SearchCounters counters,
        SearchListener listener);
  }

  /**
   * A page asked for in advance, known by its query's JSON (a caller may rebuild an equal query)
   * and offset: near the end a caller may ask for more records than are left, the same page.
   */
  private record Ahead(String query, long offset) {
    Ahead(SearchQuery query, long offset) {
      this(query.toString(), offset);
    }
  }

  ReadAhead(Fetch fetcher, int depth, SearchCounters counters, SearchListener listener) {
    this.fetcher = fetcher;
    this.depth = depth;
    this.counters = counters;
    this.listener = listener;
    this.threads =
        depth == 0
            ? null
            : Executors.newFixedThreadPool(
                depth,
                r -> {
                  Thread t = new Thread(r, "totango-read-ahead");
                  t.setDaemon(true);
                  return t;
                });
  }

  /**
   * The page at {@code offset}; then starts fetching the pages after it, up to {@code end} and to
   * the page's own total, as far as the depth allows.
   *
   * @param end no page at or past this offset is fetched ahead (the caller's own limit)
   */
  Page fetch(SearchQuery query, PageDecoder decoder, long offset, int count, long end) {
    Ahead wanted = new Ahead(query, offset);
    if (!wanted.query().equals(current)) {
      // a slice read never returns to an earlier query (a window, a probed range, a group)
      current = wanted.query();
      drop(p -> !p.query().equals(current), false); // a call under way finishes, unread
    }
    Future<Page> ahead = pending.remove(wanted);
    Page page =
        ahead != null
            ? await(ahead)
            : fetcher.fetch(query, decoder, offset, count, counters, listener);
    if (page.hits().size() == count) {
      ahead(query, decoder, offset + count, count, Math.min(end, page.totalHits()));
    }
    return page;
  }

  /**
   * Starts fetching the pages from {@code from} on, below {@code end}, as far as the depth allows.
   */
  void ahead(SearchQuery query, PageDecoder decoder, long from, int count, long end) {
    for (int i = 0; threads != null && i < depth && from + (long) i * count < end; i++) {
      long next = from + (long) i * count;
      int size = (int) Math.min(count, end - next);
      pending.computeIfAbsent(
          new Ahead(query, next),
          k ->
              threads.submit(
                  () -> fetcher.fetch(query, decoder.fresh(), next, size, counters, listener)));
    }
  }

  /** Pages fetched ahead and not yet asked for. */
  int waiting() {
    return pending.size();
  }

  /** Stops fetching ahead; pages fetched but never asked for count as probe calls. */
  @Override
  public void close() {
    if (threads == null) {
      return;
    }
    drop(p -> true, true);
    threads.shutdownNow();
  }

  /** Cancels the pages fetched ahead that {@code which} picks; those already fetched are probes. */
  private void drop(Predicate<Ahead> which, boolean interrupt) {
    int unused = 0;
    for (var it = pending.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<Ahead, Future<Page>> e = it.next();
      if (which.test(e.getKey())) {
        it.remove();
        if (!e.getValue().cancel(interrupt) && succeeded(e.getValue())) {
          unused++;
        }
      }
    }
    counters.probes(unused);
  }

  private static boolean succeeded(Future<Page> f) {
    try {
      f.get();
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (ExecutionException | CancellationException e) {
      return false;
    }
  }

  private static Page await(Future<Page> ahead) {
    try {
      return ahead.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConnectorException("Interrupted while waiting for a page from Totango.", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new ConnectorException("A page fetched ahead failed: " + e.getCause(), e.getCause());
    }
  }
}

package io.totangoconnector.emulator;

import java.time.Clock;

/** Reads a query from a request body and answers its page (200) or what is wrong (400). */
final class Searcher {
  private final DataStore store;
  private final SearchEngine engine = new SearchEngine();
  private final Clock clock;
  private final CapMode capMode;

  Searcher(DataStore store, Clock clock, CapMode capMode) {
    this.store = store;
    this.clock = clock;
    this.capMode = capMode;
  }

  Reply search(byte[] body, String contentType, Report report) {
    try {
      Snapshot s = store.snapshot();
      long today = Generator.midnight(clock.millis());
      ParsedQuery q = QueryParser.parse(QueryText.from(body, contentType), report, s, today);
      int cap = ContractChoices.RECORD_CAP;
      if (q.offset() >= cap && capMode == CapMode.ERROR) {
        return Reply.failed(
                400,
                "offset "
                    + q.offset()
                    + " is past the "
                    + cap
                    + " records one search can reach; narrow the query's terms")
            .page(q.offset(), q.count());
      }
      int[] slots = engine.matches(q, s);
      int from = Math.min(q.offset(), Math.min(cap, slots.length));
      long end = Math.min((long) q.offset() + q.count(), cap);
      int to = (int) Math.max(from, Math.min(end, slots.length));
      return Reply.json(200, ResponseWriter.success(q, s, slots, from, to))
          .page(q.offset(), q.count());
    } catch (QueryProblem problem) {
      return Reply.failed(400, problem.getMessage());
    }
  }
}

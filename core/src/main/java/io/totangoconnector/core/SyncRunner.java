package io.totangoconnector.core;

import io.totangoconnector.client.SearchListener;
import io.totangoconnector.client.SearchStats;
import io.totangoconnector.client.TotangoClient;
import io.totangoconnector.sinks.FileModes;
import io.totangoconnector.sinks.SinkWriter;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * Runs one sync: pages from Totango, mapped to rows, into a sink, published in one step at the end.
 * Any failure leaves the destination as it was. Thread-safe: each call is independent.
 */
public final class SyncRunner {
  private static final DateTimeFormatter BATCH_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  public SyncRunner() {
    this(Clock.systemUTC());
  }

  public SyncRunner(Clock clock) {
    this.clock = clock;
  }

  /**
   * Runs {@code request}, reporting progress to {@code listener}.
   *
   * @throws ConfigException if the destination cannot apply the update method (before any call)
   * @throws io.totangoconnector.client.ConnectorException for Totango's failures
   * @throws io.totangoconnector.sinks.SinkException for the destination's failures
   */
  public SyncSummary run(SyncRequest request, SearchListener listener) {
    if (!request.sink().supports(request.mode())) {
      throw new ConfigException("mode", FileModes.onlyReplace(request.sink().describe()));
    }
    // milliseconds, the precision every destination keeps, so a batch's time reads the same in all
    Instant started = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    String batchId = batchId(started);
    TableLayout layout = TableLayout.of(request.report(), request.query().columns());
    try (SinkWriter writer = new OpeningWriter(request.sink(), layout.schema(), request.mode());
        TotangoClient client = new TotangoClient(request.client());
        PipelinedWriter pages =
            new PipelinedWriter(writer, new RowMapper(layout, batchId, started))) {
      SearchStats stats = client.search(request.report(), request.query(), pages::write, listener);
      pages.finish();
      writer.commit();
      Duration took = Duration.between(started, clock.instant());
      return summary(batchId, started, request, layout, writer.rowsWritten(), stats, took);
    }
  }

  private static SyncSummary summary(
      String batchId,
      Instant started,
      SyncRequest request,
      TableLayout layout,
      long rows,
      SearchStats stats,
      Duration took) {
    return new SyncSummary(
        batchId,
        started,
        request.sink().describe(),
        rows,
        layout.schema().columns().size(),
        stats.totalHits(),
        stats.pages(),
        stats.calls(),
        stats.retries(),
        stats.http429s(),
        stats.rateLimitWaited(),
        stats.decodeMismatches(),
        took,
        stats.slices(),
        stats.probeCalls());
  }

  private String batchId(Instant started) {
    byte[] suffix = new byte[3];
    random.nextBytes(suffix);
    return BATCH_TIME.format(started) + "-" + HexFormat.of().formatHex(suffix);
  }
}

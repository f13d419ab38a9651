package io.totangoconnector.core;

import java.time.Duration;
import java.time.Instant;

/**
 * What one successful run did.
 *
 * @param batchId the run's id, also in every row's {@code _batch_id}
 * @param started when the run started, also every row's {@code _batch_last_run}
 * @param destination where the data is, as the sink describes it
 * @param rows rows written
 * @param columns columns in the table
 * @param totalHits what Totango reported as matching
 * @param pages pages read
 * @param calls HTTP calls made, retries included
 * @param retries calls that were repeated
 * @param http429s "Too many requests" answers received
 * @param rateLimitWaited time spent waiting for the rate limit
 * @param decodeMismatches values that did not fit their column's type and were left empty
 * @param duration wall-clock time of the run
 * @param slices queries the report was read through: more than 1 when it matched more records than
 *     one Totango query serves
 * @param probeCalls calls (of {@code calls}) spent to find where to slice
 */
public record SyncSummary(
    String batchId,
    Instant started,
    String destination,
    long rows,
    int columns,
    long totalHits,
    int pages,
    int calls,
    int retries,
    int http429s,
    Duration rateLimitWaited,
    long decodeMismatches,
    Duration duration,
    int slices,
    int probeCalls) {}

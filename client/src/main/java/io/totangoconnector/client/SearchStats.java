package io.totangoconnector.client;

import java.time.Duration;

/**
 * What one search did.
 *
 * @param totalHits the number of matching records Totango reported (the last page's figure)
 * @param rows the records handed to the consumer
 * @param pages the pages handed to the consumer
 * @param calls HTTP calls made, retries included
 * @param retries calls that repeated a failed one
 * @param http429s replies with HTTP 429 (rate limit exceeded)
 * @param rateLimitWaited the time spent waiting for this process's own rate limiter
 * @param decodeMismatches values that did not fit their column's kind and became null
 * @param slices the queries the search was read through: 1 unless it matched more records than one
 *     query serves and was read in slices
 * @param probeCalls calls (of {@code calls}) whose records were not delivered: made to count the
 *     matches before slicing
 */
public record SearchStats(
    long totalHits,
    long rows,
    int pages,
    int calls,
    int retries,
    int http429s,
    Duration rateLimitWaited,
    long decodeMismatches,
    int slices,
    int probeCalls) {}

package io.totangoconnector.emulator;

import java.time.Instant;

/**
 * One call the emulator received, as its request log keeps it.
 *
 * @param callNumber 1-based count of all calls received
 * @param path the request path
 * @param status the HTTP status answered; 0 when the connection was reset
 * @param tokenPresent whether an {@code app-token} header was sent (its value is never kept)
 * @param offset the query's offset, or null when the query was not read
 * @param count the query's count, or null when the query was not read
 * @param receivedAt when the call arrived, by the emulator's clock
 * @param fault the fault answered (e.g. {@code "connection reset"}), or null
 */
public record RecordedRequest(
    int callNumber,
    String path,
    int status,
    boolean tokenPresent,
    Integer offset,
    Integer count,
    Instant receivedAt,
    String fault) {}

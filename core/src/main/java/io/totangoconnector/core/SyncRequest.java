package io.totangoconnector.core;

import io.totangoconnector.client.ClientConfig;
import io.totangoconnector.client.Report;
import io.totangoconnector.client.query.SearchQuery;
import io.totangoconnector.sinks.Sink;
import io.totangoconnector.sinks.UpdateMode;
import java.util.Objects;

/**
 * Everything one run needs.
 *
 * @param report accounts or users
 * @param query the validated query
 * @param client where Totango is, the token, page size, rate limit and retries
 * @param sink the destination
 * @param mode how the run's rows change the destination
 */
public record SyncRequest(
    Report report, SearchQuery query, ClientConfig client, Sink sink, UpdateMode mode) {
  public SyncRequest {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(sink, "sink");
    Objects.requireNonNull(mode, "mode");
  }
}

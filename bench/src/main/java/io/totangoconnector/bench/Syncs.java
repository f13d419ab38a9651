package io.totangoconnector.bench;

import io.totangoconnector.client.ClientConfig;
import io.totangoconnector.client.Report;
import io.totangoconnector.client.SearchListener;
import io.totangoconnector.core.SyncRequest;
import io.totangoconnector.core.SyncRunner;
import io.totangoconnector.core.SyncSummary;
import io.totangoconnector.sinks.Sink;
import io.totangoconnector.sinks.UpdateMode;
import java.net.URI;
import java.time.Duration;
import java.util.function.UnaryOperator;

/** Runs the product's sync pipeline (the same code as {@code totango-connector sync}). */
final class Syncs {
  private Syncs() {}

  /** A client that the bench does not throttle (the emulator decides). */
  static ClientConfig unthrottled(URI baseUrl) {
    return client(baseUrl, b -> b.rateLimit(1_000_000, Duration.ofSeconds(1)));
  }

  static ClientConfig client(URI baseUrl, UnaryOperator<ClientConfig.Builder> more) {
    return more.apply(ClientConfig.builder().baseUrl(baseUrl).appToken(BenchQueries.TOKEN)).build();
  }

  static SyncSummary users(ClientConfig client, Sink sink, UpdateMode mode) {
    return new SyncRunner()
        .run(
            new SyncRequest(Report.USERS, BenchQueries.users(), client, sink, mode),
            SearchListener.NONE);
  }
}

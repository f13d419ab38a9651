package io.totangoconnector.client;

import io.totangoconnector.bench.Bench;
import io.totangoconnector.bench.BenchQueries;
import io.totangoconnector.bench.Figure;
import io.totangoconnector.bench.Samples;
import io.totangoconnector.bench.Target;
import io.totangoconnector.bench.Timed;
import io.totangoconnector.client.query.SearchQuery;
import io.totangoconnector.emulator.Emulator;
import io.totangoconnector.emulator.EmulatorConfig;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * B2: fetching and decoding pages through the client's exchange, against the same HTTP client
 * sending the same requests and reading the bodies into nothing.
 */
public final class FetchBench implements Bench {
  /** Users in the emulator: ten pages, of which each round reads the first {@link #ROUND_PAGES}. */
  private static final int PAGES = 10;

  /**
   * Short rounds, many of them: with rounds of ten pages and 15 of them, the median swung from 1.24
   * to 1.72 between runs of the same code; with rounds of two pages and 75 of them, from 1.40 to
   * 1.47.
   */
  private static final int ROUND_PAGES = 2;

  private static final int REPS = 75;
  private static final int WARMUPS = 15;

  @Override
  public String id() {
    return "B2";
  }

  @Override
  public String title() {
    return "fetch + decode against transport only";
  }

  @Override
  public List<Figure> run() throws Exception {
    SearchQuery query = BenchQueries.users();
    EmulatorConfig config =
        EmulatorConfig.builder()
            .port(0)
            .users(PAGES * 1000)
            .accounts(PAGES * 250)
            .tokens(List.of(BenchQueries.TOKEN))
            .rateLimitOff()
            .build();
    ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor();
    try (Emulator emulator = Emulator.start(config)) {
      HttpClient http = RawCalls.httpClient();
      ClientConfig client =
          ClientConfig.builder().baseUrl(emulator.baseUrl()).appToken(BenchQueries.TOKEN).build();
      SearchExchange exchange =
          new SearchExchange(
              http,
              new Endpoint(emulator.baseUrl(), Report.USERS, BenchQueries.TOKEN),
              client,
              timers);
      List<Long> fetchNanos = new ArrayList<>();
      List<Long> transportNanos = new ArrayList<>();
      Timed fetchDecode =
          recorded(
              fetchNanos,
              Timed.of(
                  () -> {
                    PageDecoder decoder = new PageDecoder(Report.USERS, query);
                    for (int p = 0; p < ROUND_PAGES; p++) {
                      exchange.fetch(query, decoder, p * 1000L, 1000);
                    }
                  }));
      Timed transport =
          recorded(
              transportNanos,
              Timed.of(
                  () -> {
                    for (int p = 0; p < ROUND_PAGES; p++) {
                      RawCalls.discard(
                          http, RawCalls.request(emulator.baseUrl(), query, p * 1000L, 1000));
                    }
                  }));
      List<Double> ratios = Timed.costRatios(WARMUPS, REPS, fetchDecode, transport);
      return List.of(
          Figure.of(
              "B2 fetch + decode",
              "transport only, body discarded",
              Samples.of(ratios),
              Target.atMost(1.25),
              String.format(
                  Locale.ROOT,
                  "%d pages of 1,000 users per round, %d rounds, emulator in the same JVM (its"
                      + " time is in both); per page, median over the measured rounds:"
                      + " fetch + decode %.1f ms, transport %.1f ms",
                  ROUND_PAGES,
                  REPS,
                  millisPerPage(fetchNanos),
                  millisPerPage(transportNanos))));
    } finally {
      timers.shutdownNow();
    }
  }

  /** Keeps each round's time, so that the note can give the absolute times behind the ratio. */
  private static Timed recorded(List<Long> into, Timed round) {
    return () -> {
      long nanos = round.nanos();
      into.add(nanos);
      return nanos;
    };
  }

  /** The median measured round (the warm-ups left out), per page. */
  private static double millisPerPage(List<Long> rounds) {
    List<Long> measured = new ArrayList<>(rounds.subList(WARMUPS, rounds.size()));
    Collections.sort(measured);
    return measured.get(measured.size() / 2) / 1e6 / ROUND_PAGES;
  }
}

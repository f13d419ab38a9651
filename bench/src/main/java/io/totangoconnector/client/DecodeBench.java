package io.totangoconnector.client;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.totangoconnector.bench.Bench;
import io.totangoconnector.bench.BenchQueries;
import io.totangoconnector.bench.Figure;
import io.totangoconnector.bench.Samples;
import io.totangoconnector.bench.Target;
import io.totangoconnector.bench.Timed;
import io.totangoconnector.client.query.SearchQuery;
import io.totangoconnector.emulator.Emulator;
import io.totangoconnector.emulator.EmulatorConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * B1: the client's page decoder (in this package because it is package-private) on one 1,000-hit
 * users page, against a bare Jackson token loop over the same bytes and against {@code readTree}.
 */
public final class DecodeBench implements Bench {
  private static final int DECODES_PER_ROUND = 40;
  private static final JsonFactory JSON = new JsonFactory();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Override
  public String id() {
    return "B1";
  }

  @Override
  public String title() {
    return "decoding a 1,000-hit page";
  }

  @Override
  public List<Figure> run() throws Exception {
    SearchQuery query = BenchQueries.users();
    byte[] page = onePage(query);
    PageDecoder decoder = new PageDecoder(Report.USERS, query);
    if (decoder.decode(new ByteArrayInputStream(page)).hits().size() != 1000) {
      throw new IllegalStateException("the page does not hold 1,000 hits");
    }
    Timed decode = Timed.of(() -> repeat(() -> decoder.decode(new ByteArrayInputStream(page))));
    Timed tokens = Timed.of(() -> repeat(() -> tokenLoop(page)));
    Timed tree = Timed.of(() -> repeat(() -> MAPPER.readTree(page)));
    List<Double> againstTokens = Timed.costRatios(5, 9, decode, tokens);
    // timed after the rounds, warm: timed before them, it mostly measured the JIT (about 15 ms)
    String note =
        String.format(
            Locale.ROOT,
            "page of %,d bytes; one decode of it takes about %.2f ms",
            page.length,
            decode.nanos() / 1e6 / DECODES_PER_ROUND);
    return List.of(
        Figure.of(
            "B1 page decoder",
            "bare token loop (lower is better)",
            Samples.of(againstTokens),
            Target.NONE,
            note),
        Figure.of(
            "B1 page decoder",
            "readTree (lower is better)",
            Samples.of(Timed.costRatios(2, 9, decode, tree)),
            Target.NONE,
            ""));
  }

  private static void repeat(Timed.Work work) throws Exception {
    for (int i = 0; i < DECODES_PER_ROUND; i++) {
      work.run();
    }
  }

  private static void tokenLoop(byte[] page) throws IOException {
    try (JsonParser p = JSON.createParser(page)) {
      while (p.nextToken() != null) {
        // the floor: every token read, none kept
      }
    }
  }

  private static byte[] onePage(SearchQuery query) throws Exception {
    EmulatorConfig config =
        EmulatorConfig.builder()
            .port(0)
            .users(2000)
            .accounts(500)
            .tokens(List.of(BenchQueries.TOKEN))
            .rateLimitOff()
            .build();
    try (Emulator emulator = Emulator.start(config)) {
      return RawCalls.page(emulator.baseUrl(), query, 0, 1000);
    }
  }
}

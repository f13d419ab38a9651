package io.totangoconnector.emulator;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The lines an emulator prints when it starts. */
final class StartupMessage {
  static final String CURL_QUERY =
      "{\"terms\":[{\"type\":\"string\",\"term\":\"status_group\",\"in_list\":[\"paying\"]}],"
          + "\"count\":3,\"offset\":0,\"fields\":[{\"type\":\"string\",\"term\":\"health\","
          + "\"field_display_name\":\"Health rank \"}],\"sort_by\":\"display_name\","
          + "\"sort_order\":\"ASC\",\"scope\":\"all\"}";

  private StartupMessage() {}

  static String of(EmulatorConfig c, URI base, int accounts, int users) {
    String token = c.tokens().get(0);
    return String.join(
        "\n",
        "Totango API emulator listening on " + base,
        "  endpoints:  POST " + base + "/api/v1/search/accounts and /api/v1/search/users",
        "  tokens:     " + String.join(", ", c.tokens()) + " (header app-token)",
        "  data:       "
            + accounts
            + " accounts, "
            + users
            + " users"
            + (c.fixture() != null ? " from " + c.fixture() : ", seed " + c.seed()),
        "  rate limit: "
            + (c.rateLimited()
                ? c.rateLimitCalls()
                    + " calls per "
                    + c.rateLimitWindow().toSeconds()
                    + " s per token"
                : "off"),
        "  cap mode:   "
            + c.capMode().name().toLowerCase(Locale.ROOT)
            + " (pages past 10,000 records "
            + (c.capMode() == CapMode.EMPTY ? "come back empty)" : "are answered 400)"),
        "  faults:     " + faults(c),
        "Try it:",
        "curl --data 'query="
            + CURL_QUERY
            + "' --header 'app-token:"
            + token
            + "' '"
            + base
            + "/api/v1/search/accounts'");
  }

  private static String faults(EmulatorConfig c) {
    String rates =
        c.faultRates().entrySet().stream()
            .filter(e -> e.getValue() > 0)
            .map(e -> e.getKey().name().toLowerCase(Locale.ROOT) + " " + percent(e))
            .collect(Collectors.joining(", "));
    String latency = c.latency().isZero() ? "" : "; latency " + c.latency().toMillis() + " ms";
    String script = c.script().isEmpty() ? "" : "; scripted: " + c.script();
    String all = (rates.isEmpty() ? "none" : rates) + latency + script;
    return all;
  }

  private static String percent(Map.Entry<FaultKind, Double> e) {
    return String.format(Locale.ROOT, "%.1f%%", e.getValue() * 100);
  }
}

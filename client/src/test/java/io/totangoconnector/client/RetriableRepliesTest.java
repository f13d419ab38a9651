package io.totangoconnector.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.totangoconnector.client.FakeTotango.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each transient failure shape is retried once and the search then completes. */
class RetriableRepliesTest {
  private static final String FROM = " from POST /api/v1/search/accounts";

  private final SettableClock clock = new SettableClock(Instant.parse("2025-01-01T00:00:00Z"));
  private FakeTotango server;

  @AfterEach
  void stop() {
    server.close();
  }

  static Stream<Arguments> failures() {
    String page = FakeTotango.page("accounts", 3, Hits.accounts(3));
    return Stream.of(
        Arguments.of(Reply.of(502, "<html>Bad gateway</html>"), "HTTP 502 Bad Gateway" + FROM),
        Arguments.of(
            Reply.of(200, "{\"response\":{\"accounts\":null},\"status\":\"Server error\"}"),
            "status \"Server error\"" + FROM),
        Arguments.of(
            Reply.of(200, "{\"status\":\"failed\",\"_error\":\"Search timed out\"}"),
            "status \"failed\" (Search timed out)" + FROM),
        Arguments.of(
            Reply.of(200, "<html><h1>Gateway Timeout</h1></html>"),
            "a reply that is not JSON (\"<html><h1>Gateway Timeout</h1></html>\")" + FROM),
        Arguments.of(
            Reply.of(200, page.substring(0, page.length() / 2)), "a truncated reply" + FROM),
        Arguments.of(
            Reply.of(200, "\"Too many requests\""), "a reply that is not a JSON object" + FROM),
        Arguments.of(Reply.cutShort(page.substring(0, 40)), "the connection failed while reading"),
        Arguments.of(Reply.hang(), "no reply within 300 ms" + FROM),
        Arguments.of(Reply.stall(page.substring(0, 40)), "no complete reply within 300 ms" + FROM));
  }

  @ParameterizedTest
  @MethodSource("failures")
  void retriedThenComplete(Reply failure, String reason) {
    server = FakeTotango.serving("accounts", Hits.accounts(3)).then(failure);
    RecordingListener listener = new RecordingListener();
    List<Hit> hits = new ArrayList<>();
    TotangoClient client =
        new TotangoClient(
            ClientConfig.builder()
                .baseUrl(server.baseUrl())
                .appToken("t")
                // one page at a time: these tests assert the exact sequence of calls
                .readAhead(0)
                .requestTimeout(Duration.ofMillis(300))
                .clock(clock)
                .sleeper(new RecordingSleeper(clock))
                .build());

    SearchStats stats =
        client.search(Report.ACCOUNTS, TestQueries.noFields(), hits::addAll, listener);

    assertThat(hits).extracting(Hit::id).containsExactly("acc-00000", "acc-00001", "acc-00002");
    assertThat(stats.retries()).isEqualTo(1);
    assertThat(listener.reasons()).singleElement().asString().startsWith(reason);
  }
}

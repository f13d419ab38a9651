package io.totangoconnector.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.totangoconnector.client.FakeTotango.Reply;
import io.totangoconnector.client.query.SearchQuery;
import io.totangoconnector.client.query.ValueKind;
import io.totangoconnector.client.slicing.SliceTooLargeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TotangoClientTest {
  /** A token with the characters real ones carry, to prove the header is sent verbatim. */
  private static final String TOKEN = "tok{en}$/a.b+c@d";

  private static final SearchQuery QUERY = TestQueries.of(List.of(TestQueries.text("health")));

  private final SettableClock clock = new SettableClock(Instant.parse("2025-01-01T00:00:00Z"));
  private final RecordingSleeper sleeper = new RecordingSleeper(clock);
  private final List<Hit> received = new ArrayList<>();
  private FakeTotango server;

  @AfterEach
  void stop() {
    server.close();
  }

  private TotangoClient client(int pageSize) {
    return new TotangoClient(
        ClientConfig.builder()
            .baseUrl(server.baseUrl())
            .appToken(TOKEN)
            .pageSize(pageSize)
            .clock(clock)
            // one page at a time: these tests assert the exact sequence of calls
            .readAhead(0)
            .sleeper(sleeper)
            .random(new Random(7))
            .build());
  }

  private SearchStats search(int pageSize) {
    return client(pageSize).search(Report.ACCOUNTS, QUERY, received::addAll, null);
  }

  @Test
  void sendsTheQueryFormEncodedWithTheAppToken() throws Exception {
    server = FakeTotango.serving("accounts", Hits.accounts(3));

    search(50);

    FakeTotango.Request request = server.requests().get(0);
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/api/v1/search/accounts");
    assertThat(request.header("app-token")).isEqualTo(TOKEN);
    assertThat(request.header("content-type")).isEqualTo("application/x-www-form-urlencoded");
    assertThat(request.body()).startsWith("query=%7B%22terms%22%3A%5B%5D");
    JsonNode expected = new ObjectMapper().readTree(QUERY.toRequestJson(0, 50));
    assertThat(request.query()).isEqualTo(expected);
  }

  @Test
  void pagesThroughEveryRecordExactlyOnce() {
    server = FakeTotango.serving("accounts", Hits.accounts(2345));

    SearchStats stats = search(1000);

    assertThat(received).extracting(Hit::id).doesNotHaveDuplicates().hasSize(2345);
    assertThat(received.get(2344).id()).isEqualTo("acc-02344");
    assertThat(server.requests())
        .extracting(r -> r.query().get("offset").asInt())
        .containsExactly(0, 1000, 2000);
    // three calls are well inside the budget of 100 a minute: none of them waits
    assertThat(stats).isEqualTo(new SearchStats(2345, 2345, 3, 3, 0, 0, Duration.ZERO, 0, 1, 0));
  }

  @Test
  void pagesShareOneConnectionEvenWithBytesAfterTheJson() {
    List<com.fasterxml.jackson.databind.node.ObjectNode> hits = Hits.accounts(25);
    // The parser stops at the closing brace; the rest must still be read for the connection to
    // go back to the pool.
    String trailer = "\n".repeat(30_000);
    server =
        FakeTotango.start(
            r -> {
              int offset = r.query().get("offset").asInt();
              var page = hits.subList(offset, Math.min(offset + 10, hits.size()));
              return Reply.of(200, FakeTotango.page("accounts", 25, page) + trailer);
            });

    search(10);

    int firstPort = server.requests().get(0).clientPort();
    assertThat(server.requests())
        .extracting(FakeTotango.Request::clientPort)
        .containsExactly(firstPort, firstPort, firstPort);
  }

  @Test
  void valuesThatDoNotFitTheirKindAreCountedInTheStats() {
    server = FakeTotango.serving("accounts", Hits.accounts(25));
    SearchQuery integers =
        TestQueries.of(List.of(TestQueries.field("number", "score", ValueKind.INTEGER)));

    SearchStats stats = client(10).search(Report.ACCOUNTS, integers, received::addAll, null);

    assertThat(stats.decodeMismatches()).isEqualTo(25);
    assertThat(received).allSatisfy(h -> assertThat(h.values()).containsExactly((Object) null));
  }

  @Test
  void emptyPageEndsPaging() {
    List<com.fasterxml.jackson.databind.node.ObjectNode> thirty = Hits.accounts(30);
    server =
        FakeTotango.start(
            r -> {
              int offset = r.query().get("offset").asInt();
              int end = Math.min(offset + 20, 30);
              return Reply.of(
                  200, FakeTotango.page("accounts", 50, thirty.subList(Math.min(offset, 30), end)));
            });

    SearchStats stats = search(20);

    assertThat(received).hasSize(30);
    assertThat(stats.calls()).isEqualTo(3);
    assertThat(stats.totalHits()).isEqualTo(50);
  }

  @Test
  void noRecordsMeansOneCallAndNoPage() {
    server = FakeTotango.serving("accounts", List.of());

    SearchStats stats = search(20);

    assertThat(stats).isEqualTo(new SearchStats(0, 0, 0, 1, 0, 0, Duration.ZERO, 0, 1, 0));
  }

  @Test
  void serverErrorIsRetriedAfterABackoffAndReported() {
    server = FakeTotango.serving("accounts", Hits.accounts(5));
    server.then(Reply.of(503, "<html><body>Service Unavailable</body></html>"));
    RecordingListener listener = new RecordingListener();

    SearchStats stats = client(10).search(Report.ACCOUNTS, QUERY, received::addAll, listener);

    assertThat(received).hasSize(5);
    assertThat(stats.retries()).isEqualTo(1);
    assertThat(stats.calls()).isEqualTo(2);
    Duration delay = sleeper.waits().get(0);
    assertThat(delay).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
    assertThat(listener.retries())
        .containsExactly(
            new RecordingListener.Retry(
                1, "HTTP 503 Service Unavailable from POST /api/v1/search/accounts", delay));
  }

  @Test
  void http429WaitsForTheLongestResetHeader() {
    server = FakeTotango.serving("accounts", Hits.accounts(5));
    server.then(
        Reply.of(
            429,
            "Too many requests",
            Map.of("RateLimit-Reset", "7", "Retry-After", "3", "RateLimit-Remaining", "0")));

    SearchStats stats = search(10);

    assertThat(received).hasSize(5);
    assertThat(stats.http429s()).isEqualTo(1);
    assertThat(sleeper.waits()).first().isEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void badRequestIsNotRetriedAndQuotesTheError() {
    server =
        FakeTotango.start(
            r -> Reply.of(400, "{\"status\":\"failed\",\"_error\":\"Unknown term type 'fancy'\"}"));

    assertThatThrownBy(() -> search(10))
        .isExactlyInstanceOf(TotangoApiException.class)
        .hasMessage(
            "Totango rejected the query (HTTP 400 Bad Request): \"Unknown term type 'fancy'\"")
        .satisfies(e -> assertThat(((TotangoApiException) e).retriable()).isFalse());
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void refusedTokenIsNotRetried() {
    server =
        FakeTotango.start(
            r -> Reply.of(403, "{\"status\":\"failed\",\"_error\":\"Invalid app token\"}"));

    assertThatThrownBy(() -> search(10))
        .isInstanceOf(AuthenticationException.class)
        .hasMessage(
            "Totango refused the app token (HTTP 403). Check that it is current and that its owner"
                + " is still active; tokens expire.");
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void missingTokenAnswerIsAnAuthenticationFailureToo() {
    server = FakeTotango.start(r -> Reply.of(401, "{\"status\":\"failed\"}"));

    assertThatThrownBy(() -> search(10))
        .isInstanceOf(AuthenticationException.class)
        .hasMessageStartingWith("Totango refused the app token (HTTP 401).");
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void unexpectedStatusPointsAtTheBaseUrl() {
    server = FakeTotango.start(r -> Reply.of(404, "<html>Not here</html>"));

    assertThatThrownBy(() -> search(10))
        .isExactlyInstanceOf(TotangoApiException.class)
        .hasMessage(
            "Totango answered HTTP 404 Not Found from POST /api/v1/search/accounts; check the base"
                + " URL.");
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void givesUpAfterMaxAttemptsWithTheLastReason() {
    server = FakeTotango.start(r -> Reply.of(503, "<html>down</html>"));
    TotangoClient client =
        new TotangoClient(
            ClientConfig.builder()
                .baseUrl(server.baseUrl())
                .appToken(TOKEN)
                .maxAttempts(3)
                .clock(clock)
                .sleeper(sleeper)
                .build());

    RecordingListener listener = new RecordingListener();

    assertThatThrownBy(() -> client.search(Report.ACCOUNTS, QUERY, received::addAll, listener))
        .isExactlyInstanceOf(TotangoApiException.class)
        .hasMessage(
            "Totango kept failing after 3 attempts: HTTP 503 Service Unavailable from POST"
                + " /api/v1/search/accounts. Try again later.");
    assertThat(server.requests()).hasSize(3);
    // backoff 1 s then 2 s, each with up to half taken off by jitter
    List<Duration> delays = listener.delays();
    assertThat(delays).hasSize(2);
    assertThat(delays.get(0)).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
    assertThat(delays.get(1)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
    assertThat(sleeper.waits()).containsAll(delays);
  }

  @Test
  void overTheCapASliceThatCannotBeSplitFailsBeforeTheConsumerSeesARecord() {
    // Every query, slices included, reports 23,456: the never-active slice is then too crowded.
    server =
        FakeTotango.start(
            r -> Reply.of(200, FakeTotango.page("accounts", 23_456, Hits.accounts(10))));

    assertThatThrownBy(() -> search(10))
        .isInstanceOf(SliceTooLargeException.class)
        .hasMessage(
            "23,456 accounts match with no activity (never active), more than the 20,000 that can"
                + " be read without another way to tell them apart; add a filter term (for example"
                + " on status_group) so that each query matches fewer.");
    assertThat(received).isEmpty();
    assertThat(server.requests()).hasSize(2);
    assertThat(server.requests().get(1).query().get("terms").toString())
        .isEqualTo("[{\"type\":\"date\",\"term\":\"last_activity_time\",\"eq\":0}]");
  }

  @Test
  void exactlyTheCapIsRead() {
    server = FakeTotango.serving("accounts", Hits.accounts(10_000));

    SearchStats stats = search(1000);

    assertThat(stats.rows()).isEqualTo(10_000);
  }

  @Test
  void probeAsksForOneRecordAndReturnsTheTotal() {
    server = FakeTotango.serving("accounts", Hits.accounts(42));

    long total = client(500).probe(Report.ACCOUNTS, QUERY);

    assertThat(total).isEqualTo(42);
    assertThat(server.requests())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.query().get("count").asInt()).isEqualTo(1);
              assertThat(r.query().get("offset").asInt()).isZero();
            });
  }

  @Test
  void theTokenNeverAppearsInAnError() {
    server =
        FakeTotango.start(
            r -> Reply.of(400, "{\"status\":\"failed\",\"_error\":\"bad token " + TOKEN + "\"}"));

    assertThatThrownBy(() -> search(10))
        .isInstanceOf(TotangoApiException.class)
        .hasMessage("Totango rejected the query (HTTP 400 Bad Request): \"bad token ***\"")
        .satisfies(e -> assertThat(((TotangoApiException) e).bodyExcerpt()).doesNotContain(TOKEN));
  }

  @Test
  void usersAreReadFromTheirOwnEndpoint() {
    String body =
        "{\"response\":{\"users\":{\"total_hits\":1,\"hits\":[{\"name\":\"u@x\","
            + "\"account\":{\"name\":\"a1\"},\"selected_fields\":[\"green\"]}]}},"
            + "\"status\":\"success\"}";
    server = FakeTotango.start(r -> Reply.of(200, body));

    client(10).search(Report.USERS, QUERY, received::addAll, null);

    assertThat(server.requests().get(0).path()).isEqualTo("/api/v1/search/users");
    assertThat(received)
        .singleElement()
        .extracting(Hit::id, Hit::accountId)
        .containsExactly("u@x", "a1");
  }

  @Test
  void interruptedWaitEndsTheSearchAndKeepsTheInterrupt() {
    server = FakeTotango.serving("accounts", Hits.accounts(5)).then(Reply.of(503, "down"));
    TotangoClient client =
        new TotangoClient(
            ClientConfig.builder()
                .baseUrl(server.baseUrl())
                .appToken(TOKEN)
                .clock(clock)
                .sleeper(
                    d -> {
                      throw new InterruptedException("stop");
                    })
                .build());

    try {
      assertThatThrownBy(() -> client.search(Report.ACCOUNTS, QUERY, received::addAll, null))
          .isExactlyInstanceOf(ConnectorException.class)
          .hasMessage("Interrupted while calling POST /api/v1/search/accounts.");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
    assertThat(received).isEmpty();
  }
}

package io.totangoconnector.client.functional;

import static org.assertj.core.api.Assertions.assertThat;

import io.totangoconnector.client.Hit;
import io.totangoconnector.client.RecordingListener;
import io.totangoconnector.client.Report;
import io.totangoconnector.client.SearchStats;
import io.totangoconnector.client.TestQueries;
import io.totangoconnector.emulator.AccountRecord;
import io.totangoconnector.emulator.Fault;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each retriable fault, struck in the middle of a sync, is survived with exact row counts. */
class FaultRecoveryTest {
  private static final String FROM = " from POST /api/v1/search/accounts";

  static Stream<Arguments> faults() {
    return Stream.of(
        Arguments.of(
            Fault.status(503, "<html><body>Service Unavailable</body></html>"),
            "HTTP 503 Service Unavailable" + FROM),
        Arguments.of(Fault.status(500, "oops"), "HTTP 500 Internal Server Error" + FROM),
        Arguments.of(Fault.serverErrorStatus(), "status \"Server error\"" + FROM),
        Arguments.of(
            Fault.failedStatus("Search backend busy"),
            "status \"failed\" (Search backend busy)" + FROM),
        Arguments.of(Fault.status(200, "<html>maintenance</html>"), "a reply that is not JSON"),
        Arguments.of(Fault.truncatedBody(), "the connection failed while reading the reply"),
        Arguments.of(Fault.connectionReset(), "the connection failed"),
        Arguments.of(Fault.http429(Duration.ofSeconds(2)), "HTTP 429 Too Many Requests" + FROM));
  }

  @ParameterizedTest
  @MethodSource("faults")
  void faultOnTheSecondPageIsRetriedAndEveryRowArrivesOnce(Fault fault, String reason) {
    try (Sandbox sandbox = new Sandbox(300, b -> b.script(2, fault))) {
      List<Hit> hits = new ArrayList<>();
      RecordingListener listener = new RecordingListener();

      SearchStats stats =
          sandbox
              .client(100)
              .search(Report.ACCOUNTS, TestQueries.noFields(), hits::addAll, listener);

      List<String> expected =
          sandbox.emulator.dataset().accounts().stream().map(AccountRecord::id).toList();
      assertThat(hits).extracting(Hit::id).containsExactlyInAnyOrderElementsOf(expected);
      assertThat(stats.rows()).isEqualTo(300);
      assertThat(stats.retries()).isEqualTo(1);
      assertThat(stats.calls()).isEqualTo(sandbox.emulator.callCount()).isEqualTo(4);
      assertThat(listener.reasons()).singleElement().asString().startsWith(reason);
    }
  }

  @Test
  void http429WaitsAtLeastWhatTheServerAsks() {
    try (Sandbox sandbox =
        new Sandbox(300, b -> b.script(2, Fault.http429(Duration.ofSeconds(42))))) {
      RecordingListener listener = new RecordingListener();

      SearchStats stats =
          sandbox.client(100).search(Report.ACCOUNTS, TestQueries.noFields(), h -> {}, listener);

      assertThat(stats.http429s()).isEqualTo(1);
      assertThat(listener.delays()).containsExactly(Duration.ofSeconds(42));
      assertThat(sandbox.sleeper.waits()).contains(Duration.ofSeconds(42));
      var requests = sandbox.emulator.requests();
      assertThat(Duration.between(requests.get(1).receivedAt(), requests.get(2).receivedAt()))
          .isGreaterThanOrEqualTo(Duration.ofSeconds(42));
    }
  }
}
